using System.Text.RegularExpressions;

namespace Copydesk.Core.Text;

/// <summary>
/// Tells which of a rule's patterns can match a text at all, with one search for all their
/// <see cref="RequiredLiterals"/> (ignoring case): a pattern whose literals the text lacks would
/// find nothing there, and most documents lack them all.
/// </summary>
public sealed class LiteralPrefilter
{
    // Shorter literals turn up in most texts: searching for them costs more than it saves.
    private const int MinLiteralLength = 2;

    private readonly int _patternCount;
    private readonly int[] _alwaysRun;
    private readonly Dictionary<char, List<(string Literal, int Pattern)>> _byFirstChar = [];
    private readonly LiteralSet _literals;

    /// <param name="forNormalizedText">The patterns will see the text normalized (see <see cref="RequiredLiterals.Of"/>).</param>
    public LiteralPrefilter(IReadOnlyList<(string Pattern, RegexOptions Options)> patterns, bool forNormalizedText = false)
    {
        _patternCount = patterns.Count;
        var alwaysRun = new List<int>();
        var all = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < patterns.Count; i++)
        {
            var literals = RequiredLiterals.Of(patterns[i].Pattern, patterns[i].Options, forNormalizedText);
            if (literals is null || literals.Any(l => l.Length < MinLiteralLength))
            {
                alwaysRun.Add(i);
                continue;
            }
            foreach (var literal in literals)
            {
                all.Add(literal);
                var first = char.ToUpperInvariant(literal[0]); // how an ordinal search ignoring case compares
                if (!_byFirstChar.TryGetValue(first, out var bucket)) _byFirstChar[first] = bucket = [];
                bucket.Add((literal, i));
            }
        }
        _alwaysRun = [.. alwaysRun];
        _literals = new LiteralSet(all);
    }

    /// <summary>A prefilter for one fixed pattern.</summary>
    public static LiteralPrefilter For(LazyRegex pattern) => new([(pattern.Pattern, pattern.Options)]);

    /// <summary>Whether any of the patterns may match <paramref name="text"/>.</summary>
    public bool MayMatchAny(ReadOnlySpan<char> text) => _alwaysRun.Length > 0 || _literals.ContainsAny(text);

    /// <summary>The indexes, in order, of the patterns that may match <paramref name="text"/>.</summary>
    public IReadOnlyList<int> Candidates(string text)
    {
        var candidate = new bool[_patternCount];
        foreach (var i in _alwaysRun) candidate[i] = true;
        var open = _patternCount - _alwaysRun.Length;
        var at = 0;
        while (open > 0 && (at = NextLiteral(text, at)) >= 0)
        {
            if (_byFirstChar.TryGetValue(char.ToUpperInvariant(text[at]), out var bucket))
                foreach (var (literal, pattern) in bucket)
                    if (!candidate[pattern] && string.Compare(text, at, literal, 0, literal.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        candidate[pattern] = true;
                        open--;
                    }
            at++;
        }
        var result = new List<int>();
        for (var i = 0; i < candidate.Length; i++)
            if (candidate[i]) result.Add(i);
        return result;
    }

    private int NextLiteral(string text, int from)
    {
        var found = _literals.IndexOfAny(text.AsSpan(from));
        return found < 0 ? -1 : from + found;
    }
}
