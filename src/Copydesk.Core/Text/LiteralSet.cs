#if NET
using System.Buffers;
#endif

namespace Copydesk.Core.Text;

/// <summary>
/// A fixed set of strings found in a text ignoring case. Small jobs search for one string after
/// another; once a set has searched <see cref="VectorSearchAfter"/> characters it builds a
/// vectorized multi-string search (.NET 8 and later), whose building and first use cost a few
/// milliseconds of JIT each: more than a one-file pre-commit run spends searching. Large sets are
/// searched in groups of <see cref="VectorGroupSize"/>: up to about 80 strings .NET uses its fast
/// vectorized (Teddy) search, beyond that a scalar Aho-Corasick that is several times slower.
/// </summary>
public sealed class LiteralSet
{
    private const int VectorSearchAfter = 64 * 1024;
    private const int VectorGroupSize = 80;

    private readonly string[] _literals;
    private readonly int _longest;
#if NET
    private SearchValues<string>[]? _vectorSearch;
    private int _charsSearched;
#endif

    public LiteralSet(IEnumerable<string> literals)
    {
        _literals = literals.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _longest = _literals.Length == 0 ? 0 : _literals.Max(l => l.Length);
    }

    public bool ContainsAny(ReadOnlySpan<char> text) => IndexOfAny(text, firstFound: true) >= 0;

    /// <summary>Where the first of the strings starts in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text) => IndexOfAny(text, firstFound: false);

    private int IndexOfAny(ReadOnlySpan<char> text, bool firstFound)
    {
        if (_literals.Length == 0) return -1;
#if NET
        var vectorSearch = _vectorSearch;
        if (vectorSearch is null && Interlocked.Add(ref _charsSearched, text.Length) > VectorSearchAfter)
            _vectorSearch = vectorSearch = VectorGroups();
        if (vectorSearch is not null) return IndexOfAny(text, vectorSearch);
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

#if NET
    private SearchValues<string>[] VectorGroups()
    {
        // Strings of two characters make the search check many more false starts, so they go in
        // their own group: the others are searched by their first three characters.
        var shortOnes = _literals.Where(l => l.Length < 3).ToArray();
        var groups = new List<SearchValues<string>>();
        if (shortOnes.Length > 0) groups.Add(SearchValues.Create(shortOnes, StringComparison.OrdinalIgnoreCase));
        var longer = _literals.Where(l => l.Length >= 3).ToArray();
        for (var start = 0; start < longer.Length; start += VectorGroupSize)
            groups.Add(SearchValues.Create(longer.AsSpan(start, Math.Min(VectorGroupSize, longer.Length - start)), StringComparison.OrdinalIgnoreCase));
        return [.. groups];
    }

    private int IndexOfAny(ReadOnlySpan<char> text, SearchValues<string>[] groups)
    {
        var first = -1;
        foreach (var group in groups)
        {
            // A later group only needs to look for strings that start before the earliest hit so far.
            var found = (first < 0 ? text : text.Slice(0, Math.Min(text.Length, first - 1 + _longest))).IndexOfAny(group);
            if (found >= 0 && (first < 0 || found < first)) first = found;
        }
        return first;
    }
#endif
}
