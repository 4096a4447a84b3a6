#if NET
using System.Buffers;
#endif

namespace Copydesk.Core.Text;

/// <summary>
/// A fixed set of strings found in a text ignoring case. Small jobs search for one string after
/// another; once a set has searched <see cref="VectorSearchAfter"/> characters it builds a
/// vectorized multi-string search (.NET 8 and later), whose building and first use cost a few
/// milliseconds of JIT each: more than a one-file pre-commit run spends searching.
/// </summary>
public sealed class LiteralSet
{
    private const int VectorSearchAfter = 64 * 1024;

    private readonly string[] _literals;
#if NET
    private SearchValues<string>? _vectorSearch;
    private int _charsSearched;
#endif

    public LiteralSet(IEnumerable<string> literals) =>
        _literals = literals.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    public bool ContainsAny(ReadOnlySpan<char> text) => IndexOfAny(text, firstFound: true) >= 0;

    /// <summary>Where the first of the strings starts in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text) => IndexOfAny(text, firstFound: false);

    private int IndexOfAny(ReadOnlySpan<char> text, bool firstFound)
    {
        if (_literals.Length == 0) return -1;
#if NET
        var vectorSearch = _vectorSearch;
        if (vectorSearch is null && Interlocked.Add(ref _charsSearched, text.Length) > VectorSearchAfter)
            _vectorSearch = vectorSearch = SearchValues.Create(_literals, StringComparison.OrdinalIgnoreCase);
        if (vectorSearch is not null) return text.IndexOfAny(vectorSearch);
#endif
        var first = -1;
        foreach (var literal in _literals)
        {
            var found = text.IndexOf(literal.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (found < 0 || (first >= 0 && found >= first)) continue;
            if (firstFound) return found;
            first = found;
        }
        return first;
    }
}
