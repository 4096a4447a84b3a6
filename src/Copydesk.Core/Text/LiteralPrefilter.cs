using System.Text.RegularExpressions;
using Copydesk.Core.Articles;

namespace Copydesk.Core.Text;

/// <summary>
/// Tells which of a rule's patterns can match a text at all, with one search for all their
/// <see cref="RequiredLiterals"/> (ignoring case): a pattern whose literals the text lacks would
/// find nothing there, and most documents lack them all. When each text is one line that is the
/// patterns' whole input, a pattern anchored with <c>^</c> is first checked against the start of
/// the line (its <see cref="RequiredLiterals.AnchoredPrefixes"/>), which rules out almost every
/// line without a search.
/// </summary>
public sealed class LiteralPrefilter
{
    // Shorter literals turn up in most texts: searching for them costs more than it saves.
    private const int MinLiteralLength = 2;

    private readonly int _patternCount;
    private readonly int[] _alwaysRun;
    private readonly LiteralSet _literals;
    private readonly int[][] _patternsOfLiteral; // by index in _literals.Strings
    private readonly Dictionary<char, List<(string Prefix, int Pattern)>> _anchoredByFirstChar = [];
    private readonly IReadOnlyList<string>?[] _anchoredLiterals;

    /// <param name="forNormalizedText">The patterns will see the text normalized (see <see cref="RequiredLiterals.Of"/>).</param>
    /// <param name="textIsOneWholeLine">
    /// Each text given to <see cref="Candidates"/> is exactly what the patterns run on and holds no line
    /// break, so <c>^</c> anchors at its start, multiline mode or not.
    /// </param>
    public LiteralPrefilter(IReadOnlyList<(string Pattern, RegexOptions Options)> patterns, bool forNormalizedText = false, bool textIsOneWholeLine = false)
    {
        _patternCount = patterns.Count;
        _anchoredLiterals = new IReadOnlyList<string>?[patterns.Count];
        var alwaysRun = new List<int>();
        var searched = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase); // literal -> patterns
        for (var i = 0; i < patterns.Count; i++)
        {
            var literals = WithoutLeadingBlanks(RequiredLiterals.Of(patterns[i].Pattern, patterns[i].Options, forNormalizedText));
            if (literals is not null && literals.Any(l => l.Length < MinLiteralLength)) literals = null;
            var prefixes = textIsOneWholeLine
                ? RequiredLiterals.AnchoredPrefixes(patterns[i].Pattern, patterns[i].Options & ~RegexOptions.Multiline, forNormalizedText)
                : null;
            if (prefixes is not null)
            {
                // Few lines pass the start check, so their literals are looked for one by one.
                _anchoredLiterals[i] = literals;
                foreach (var prefix in prefixes)
                {
                    var first = char.ToUpperInvariant(prefix[0]); // how an ordinal comparison ignoring case compares
                    if (!_anchoredByFirstChar.TryGetValue(first, out var bucket)) _anchoredByFirstChar[first] = bucket = [];
                    bucket.Add((prefix, i));
                }
            }
            else if (literals is not null)
            {
                foreach (var literal in literals)
                {
                    if (!searched.TryGetValue(literal, out var patternsOf)) searched[literal] = patternsOf = [];
                    patternsOf.Add(i);
                }
            }
            else
            {
                alwaysRun.Add(i);
            }
        }
        _alwaysRun = [.. alwaysRun];
        _literals = new LiteralSet(searched.Keys);
        _patternsOfLiteral = _literals.Strings.Select(l => searched[l].ToArray()).ToArray();
    }

    /// <summary>
    /// Each literal without its leading blanks, which it requires all the same: a set with a literal that starts with
    /// a blank could not join the search the rules share (<see cref="ProseLiterals"/>, which jumps over blank runs).
    /// </summary>
    private static IReadOnlyList<string>? WithoutLeadingBlanks(IReadOnlyList<string>? literals) =>
        literals?.Select(l => l.TrimStart(' ', '\n', '\r')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The literals searched for (those of anchored patterns aside).</summary>
    internal IReadOnlyList<string> Literals => _literals.Strings;

    /// <summary>A prefilter for one fixed pattern.</summary>
    public static LiteralPrefilter For(LazyRegex pattern) => new([(pattern.Pattern, pattern.Options)]);

    /// <summary>Whether any of the patterns may match <paramref name="text"/>.</summary>
    public bool MayMatchAny(ReadOnlySpan<char> text) =>
        _alwaysRun.Length > 0 || MayMatchAnchored(text) || _literals.ContainsAny(text);

    /// <summary>Whether any of the patterns may match the stretch of <paramref name="article"/>'s prose (a block, a sentence).</summary>
    public bool MayMatchAny(Article article, int start, int length) =>
        _alwaysRun.Length > 0 || MayMatchAnchored(article.Prose.AsSpan(start, length)) || _literals.ContainsAny(article, start, length);

    /// <summary>Whether some anchored pattern may match <paramref name="text"/> (one whole line).</summary>
    private bool MayMatchAnchored(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !_anchoredByFirstChar.TryGetValue(char.ToUpperInvariant(text[0]), out var starts)) return false;
        foreach (var (prefix, pattern) in starts)
            if (text.StartsWith(prefix.AsSpan(), StringComparison.OrdinalIgnoreCase) && ContainsAny(text, _anchoredLiterals[pattern]))
                return true;
        return false;
    }

    /// <summary>The indexes, in order, of the patterns that may match <paramref name="text"/>.</summary>
    public IReadOnlyList<int> Candidates(string text) =>
        Candidates(text.AsSpan(), _patternsOfLiteral.Length > 0 ? _literals.Occurrences(text.AsSpan()) : null);

    /// <summary>The indexes, in order, of the patterns that may match somewhere in <paramref name="article"/>'s prose.</summary>
    public IReadOnlyList<int> Candidates(Article article) => Candidates(article, 0, article.Prose.Length);

    /// <summary>The indexes, in order, of the patterns that may match in the stretch of <paramref name="article"/>'s prose (a block).</summary>
    public IReadOnlyList<int> Candidates(Article article, int start, int length) =>
        Candidates(article.Prose.AsSpan(start, length), _patternsOfLiteral.Length > 0 ? _literals.Occurrences(article, start, length) : null);

    private IReadOnlyList<int> Candidates(ReadOnlySpan<char> text, bool[]? found)
    {
        var candidate = new bool[_patternCount];
        foreach (var i in _alwaysRun) candidate[i] = true;
        if (text.Length > 0 && _anchoredByFirstChar.TryGetValue(char.ToUpperInvariant(text[0]), out var starts))
            foreach (var (prefix, pattern) in starts)
                if (!candidate[pattern] && text.StartsWith(prefix.AsSpan(), StringComparison.OrdinalIgnoreCase) && ContainsAny(text, _anchoredLiterals[pattern]))
                    candidate[pattern] = true;

        if (found is not null)
        {
            for (var literal = 0; literal < found.Length; literal++)
                if (found[literal])
                    foreach (var pattern in _patternsOfLiteral[literal]) candidate[pattern] = true;
        }
        var result = new List<int>();
        for (var i = 0; i < candidate.Length; i++)
            if (candidate[i]) result.Add(i);
        return result;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, IReadOnlyList<string>? literals)
    {
        if (literals is null) return true;
        foreach (var literal in literals)
            if (LiteralSet.IndexOfIgnoringCase(text, literal) >= 0) return true;
        return false;
    }
}
