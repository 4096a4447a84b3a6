namespace Copydesk.Core.Rules;

/// <summary>Options a configuration passes to a rule, by name; a rule reads what it knows.</summary>
public sealed class RuleOptions
{
    public static readonly RuleOptions Empty = new(new Dictionary<string, object?>());

    private readonly IReadOnlyDictionary<string, object?> _values;

    public RuleOptions(IReadOnlyDictionary<string, object?> values) => _values = values;

    public bool TryGet(string name, out object? value) => _values.TryGetValue(name, out value);

    public IReadOnlyList<string> GetStrings(string name) =>
        _values.TryGetValue(name, out var value) && value is IEnumerable<object?> list
            ? list.Select(v => v?.ToString() ?? "").ToList()
            : value is string single ? [single] : [];
}
