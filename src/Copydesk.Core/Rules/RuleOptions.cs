namespace Copydesk.Core.Rules;

/// <summary>Options a configuration passes to a rule, by name; a rule reads what it knows.</summary>
public sealed class RuleOptions
{
    public static readonly RuleOptions Empty = new(new Dictionary<string, object?>());

    private readonly IReadOnlyDictionary<string, object?> _values;

    public RuleOptions(IReadOnlyDictionary<string, object?> values) => _values = values;

    public bool TryGet(string name, out object? value) => _values.TryGetValue(name, out value);

    /// <summary>The options as stable text, for result-cache keys.</summary>
    public override string ToString() =>
        string.Join(";", _values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={Describe(v.Value)}"));

    private static string Describe(object? value) => value switch
    {
        null => "",
        string text => text,
        IEnumerable<KeyValuePair<string, object?>> map => "{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Describe(p.Value)}")) + "}",
        IEnumerable<object?> list => "[" + string.Join(",", list.Select(Describe)) + "]",
        _ => value.ToString() ?? "",
    };

    public IReadOnlyList<string> GetStrings(string name) =>
        _values.TryGetValue(name, out var value) && value is IEnumerable<object?> list
            ? list.Select(v => v?.ToString() ?? "").ToList()
            : value is string single ? [single] : [];
}
