using Copydesk.Core.Articles;

namespace Copydesk.Core.Text;

/// <summary>
/// A fixed set of strings found in a text ignoring case, as <see cref="StringComparison.OrdinalIgnoreCase"/>
/// compares. A few strings, and small jobs, are searched for one after another (a vectorized search
/// each); once a larger set has searched <see cref="AutomatonAfter"/> characters it builds a
/// <see cref="StringAutomaton"/>, which reads each character once however many strings there are.
/// Not .NET's multi-string SearchValues: its searchers are generic types that no precompiled image
/// holds, so a run of up to a few thousand files reads with their unoptimized first compilation
/// (1,000 files took 6% longer with it); and with short, common-looking strings it is slower anyway.
/// </summary>
public sealed class LiteralSet
{
    private const int AutomatonAfter = 64 * 1024;
    private const int AutomatonFrom = 5; // strings; fewer are faster one by one

    private readonly string[] _literals;
    private readonly int[] _anchors; // each string's rarest character, worked out once
    private readonly int _longest;
    private StringAutomaton? _automaton;
    private int _charsSearched;

    // Where the set stands in the search shared by the rules (ProseLiterals): its slot there, or one of these.
    internal const int NotWanted = -1, WaitingToJoin = -2, OnItsOwn = -3;
    internal int Slot = NotWanted;

    public LiteralSet(IEnumerable<string> literals)
    {
        _literals = literals.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _anchors = _literals.Select(RarestAsciiCharacter).ToArray();
        _longest = _literals.Length == 0 ? 0 : _literals.Max(l => l.Length);
    }

    /// <summary>The strings, each once (ignoring case).</summary>
    public IReadOnlyList<string> Strings => _literals;

    /// <summary>Whether any of the strings occurs in <paramref name="text"/>.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        if (_automaton is { } automaton)
        {
            var stop = new StopAtFirst();
            return automaton.Search(text, ref stop);
        }
        return IndexOfAny(text, firstFound: true) >= 0;
    }

    /// <summary>
    /// Whether any of the strings occurs in <paramref name="article"/>'s prose between <paramref name="start"/> and
    /// start + <paramref name="length"/> (a block, a sentence): answered from the search all rules share.
    /// </summary>
    public bool ContainsAny(Article article, int start, int length)
    {
        var hits = ProseLiterals.Shared.Of(article);
        if (hits.Cover(this)) return hits.Any(this, start, start + length);
        ProseLiterals.Shared.Want(this);
        return ContainsAny(article.Prose.AsSpan(start, length));
    }

    /// <summary>Which of <see cref="Strings"/> occur in <paramref name="article"/>'s prose between <paramref name="start"/> and start + <paramref name="length"/>.</summary>
    public bool[] Occurrences(Article article, int start, int length)
    {
        var hits = ProseLiterals.Shared.Of(article);
        if (hits.Cover(this)) return hits.Occurrences(this, start, start + length);
        ProseLiterals.Shared.Want(this);
        return Occurrences(article.Prose.AsSpan(start, length));
    }

    /// <summary>Where the first of the strings starts in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text) => IndexOfAny(text, firstFound: false);

    /// <summary>Which of <see cref="Strings"/> occur in <paramref name="text"/>, by index.</summary>
    public bool[] Occurrences(ReadOnlySpan<char> text)
    {
        var found = new bool[_literals.Length];
        if (!SwitchedAfter(text.Length))
        {
            for (var i = 0; i < _literals.Length; i++) found[i] = IndexOfIgnoringCase(text, _literals[i], _anchors[i]) >= 0;
        }
        else if (_automaton is { } automaton)
        {
            var marker = new MarkFound(found);
            automaton.Search(text, ref marker);
        }
        return found;
    }

    private readonly struct MarkFound(bool[] found) : StringAutomaton.ISink
    {
        public bool Found(int stringIndex, int end)
        {
            found[stringIndex] = true;
            return false;
        }
    }

    private readonly struct StopAtFirst : StringAutomaton.ISink
    {
        public bool Found(int stringIndex, int end) => true;
    }

    private int IndexOfAny(ReadOnlySpan<char> text, bool firstFound)
    {
        if (_literals.Length == 0) return -1;
        var first = -1;
        if (SwitchedAfter(text.Length) && _automaton is { } automaton)
        {
            for (var from = 0; from < text.Length;)
            {
                var run = automaton.NextBlankRun(text, from);
                var end = Math.Min(run + 1, text.Length);
                var state = StringAutomaton.Start;
                // A string that ends later may still start earlier: look on while one could.
                for (var i = from; i < end && (first < 0 || i + 1 - _longest < first); i++)
                {
                    state = automaton.Step(state, text[i]);
                    if (!StringAutomaton.EndsAString(state)) continue;
                    foreach (var literal in automaton.EndingAt(state))
                    {
                        var start = i + 1 - _literals[literal].Length;
                        if (firstFound) return start;
                        if (first < 0 || start < first) first = start;
                    }
                }
                if (first >= 0) return first; // nothing found after the run can start before it
                from = StringAutomaton.AfterBlankRun(text, run);
            }
            return first;
        }
        for (var i = 0; i < _literals.Length; i++)
        {
            var found = IndexOfIgnoringCase(text, _literals[i], _anchors[i]);
            if (found < 0 || (first >= 0 && found >= first)) continue;
            if (firstFound) return found;
            first = found;
        }
        return first;
    }

    /// <summary>Whether the set searches with more than one string at a time; switches once enough text was searched.</summary>
    private bool SwitchedAfter(int length)
    {
        if (_automaton is not null) return true;
        if (_literals.Length < AutomatonFrom || Interlocked.Add(ref _charsSearched, length) <= AutomatonAfter) return false;
        _automaton = new StringAutomaton(_literals, FoldAsOrdinalIgnoreCase);
        return true;
    }

    /// <summary>
    /// Where <paramref name="literal"/> starts in <paramref name="text"/>, ignoring case as OrdinalIgnoreCase
    /// does. .NET's own search ignoring case reads character by character when globalization is
    /// invariant (as the tool runs); for an ASCII string a vectorized search for its rarest character
    /// finds the few places worth comparing. (Ignoring case, no other character equals an ASCII one.)
    /// </summary>
    public static int IndexOfIgnoringCase(ReadOnlySpan<char> text, string literal) =>
        IndexOfIgnoringCase(text, literal, RarestAsciiCharacter(literal));

    private static int IndexOfIgnoringCase(ReadOnlySpan<char> text, string literal, int anchor)
    {
        if (anchor < 0) return text.IndexOf(literal.AsSpan(), StringComparison.OrdinalIgnoreCase);
        var lower = char.ToLowerInvariant(literal[anchor]);
        var upper = char.ToUpperInvariant(literal[anchor]);
        var at = anchor;
        while (at < text.Length)
        {
            var next = text.Slice(at).IndexOfAny(lower, upper);
            if (next < 0) return -1;
            var start = at + next - anchor;
            if (start + literal.Length <= text.Length && EqualsIgnoringAsciiCase(text.Slice(start, literal.Length), literal)) return start;
            at += next + 1;
        }
        return -1;
    }

    private static bool EqualsIgnoringAsciiCase(ReadOnlySpan<char> text, string asciiLiteral)
    {
        for (var i = 0; i < asciiLiteral.Length; i++)
        {
            int a = text[i], b = asciiLiteral[i];
            if (a != b && ((a | 0x20) != (b | 0x20) || (a | 0x20) is < 'a' or > 'z')) return false;
        }
        return true;
    }

    // Letters from most to least frequent in English text; any other ASCII character is rarer still.
    private const string LetterFrequency = "etaoinsrhldcumfpgwybvkxjqz";

    /// <summary>The index of the character of an ASCII string least likely in running text, or -1 for other strings.</summary>
    private static int RarestAsciiCharacter(string literal)
    {
        var rarest = -1;
        var rarestRank = -1;
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (c >= 128) return -1;
            var rank = c == ' ' ? -1 : char.IsLetter(c) ? LetterFrequency.IndexOf(char.ToLowerInvariant(c)) : LetterFrequency.Length;
            if (rank > rarestRank) (rarest, rarestRank) = (i, rank);
        }
        return rarest;
    }

    // As OrdinalIgnoreCase compares: by simple upper case, except that no other character turns
    // into an ASCII one (the dotless ı and long ſ stay themselves).
    internal static char FoldAsOrdinalIgnoreCase(char c)
    {
        if (c < 128) return c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        var upper = char.ToUpperInvariant(c);
        return upper < 128 ? c : upper;
    }
}
