using Copydesk.Core.Text;

namespace Copydesk.Core.Packs;

/// <summary>One occurrence of a term: which term (its index in the list), where, and how long.</summary>
public sealed record TermHit(int Term, int Start, int Length); // a class: lists of a struct are JIT-compiled at every start

/// <summary>
/// Finds every term of a list in one pass over a text (Aho–Corasick), however long the list.
/// Hits are whole words (a term's word-character edges must not touch other word characters),
/// and when terms overlap the leftmost, then longest, wins.
/// </summary>
public sealed class TermMatcher
{
    private readonly string[] _terms;
    private readonly StringAutomaton _automaton;

    public TermMatcher(IReadOnlyList<string> terms, bool ignoreCase)
    {
        _terms = terms.ToArray();
        _automaton = new StringAutomaton(_terms, ignoreCase ? char.ToLowerInvariant : c => c);
    }

    public IReadOnlyList<string> Terms => _terms;

    /// <summary>Whole-word hits in <paramref name="text"/>, leftmost-longest, never overlapping.</summary>
    public List<TermHit> Find(string text)
    {
        var all = new List<TermHit>();
        var wholeWords = new WholeWordHits(text, _terms, all);
        _automaton.Search(text.AsSpan(), ref wholeWords);

        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Term.CompareTo(b.Term));
        var result = new List<TermHit>();
        var covered = 0;
        foreach (var hit in all)
        {
            if (hit.Start < covered) continue;
            result.Add(hit);
            covered = hit.Start + hit.Length;
        }
        return result;
    }

    /// <summary>Keeps each occurrence that is a whole word (the search may tell of one twice: the sort below puts the copies together).</summary>
    private readonly struct WholeWordHits(string text, string[] terms, List<TermHit> hits) : StringAutomaton.ISink
    {
        public bool Found(int stringIndex, int end)
        {
            var length = terms[stringIndex].Length;
            if (IsWholeWord(text, end - length, length)) hits.Add(new TermHit(stringIndex, end - length, length));
            return false;
        }
    }

    private static bool IsWholeWord(string text, int start, int length)
    {
        var end = start + length;
        if (IsWordChar(text[start]) && start > 0 && IsWordChar(text[start - 1])) return false;
        if (IsWordChar(text[end - 1]) && end < text.Length && IsWordChar(text[end])) return false;
        return true;
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
