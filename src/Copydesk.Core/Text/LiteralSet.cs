#if NET
using System.Buffers;
#endif

namespace Copydesk.Core.Text;

/// <summary>
/// A fixed set of strings found in a text with one search, ignoring case: a vectorized multi-string
/// search on .NET 8 and later, one search per string on the netstandard2.0 build.
/// </summary>
public sealed class LiteralSet
{
#if NET
    private readonly SearchValues<string>? _values;
#else
    private readonly string[] _values;
#endif

    public LiteralSet(IEnumerable<string> literals)
    {
        var distinct = literals.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
#if NET
        _values = distinct.Length > 0 ? SearchValues.Create(distinct, StringComparison.OrdinalIgnoreCase) : null;
#else
        _values = distinct;
#endif
    }

    public bool ContainsAny(ReadOnlySpan<char> text) => IndexOfAny(text) >= 0;

    /// <summary>Where the first of the strings starts in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
#if NET
        return _values is null ? -1 : text.IndexOfAny(_values);
#else
        var first = -1;
        foreach (var value in _values)
        {
            var found = text.IndexOf(value.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (found >= 0 && (first < 0 || found < first)) first = found;
        }
        return first;
#endif
    }
}
