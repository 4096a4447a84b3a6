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
    private readonly List<Dictionary<char, int>> _next = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<List<int>> _output = [[]];
    private readonly string[] _terms;
    private readonly bool _ignoreCase;

    public TermMatcher(IReadOnlyList<string> terms, bool ignoreCase)
    {
        _terms = terms.ToArray();
        _ignoreCase = ignoreCase;
        for (var t = 0; t < _terms.Length; t++) Add(t);
        BuildFailureLinks();
    }

    public IReadOnlyList<string> Terms => _terms;

    private char Fold(char c) => _ignoreCase ? char.ToLowerInvariant(c) : c;

    private void Add(int termIndex)
    {
        var state = 0;
        foreach (var raw in _terms[termIndex])
        {
            var c = Fold(raw);
            if (!_next[state].TryGetValue(c, out var child))
            {
                child = _next.Count;
                _next.Add(new Dictionary<char, int>());
                _fail.Add(0);
                _output.Add([]);
                _next[state][c] = child;
            }
            state = child;
        }
        _output[state].Add(termIndex);
    }

    private void BuildFailureLinks()
    {
        var queue = new Queue<int>();
        foreach (var child in _next[0].Values) queue.Enqueue(child);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var pair in _next[state])
            {
                var child = pair.Value;
                queue.Enqueue(child);
                var fallback = _fail[state];
                while (fallback != 0 && !_next[fallback].ContainsKey(pair.Key)) fallback = _fail[fallback];
                _fail[child] = _next[fallback].TryGetValue(pair.Key, out var target) && target != child ? target : 0;
                _output[child].AddRange(_output[_fail[child]]);
            }
        }
    }

    /// <summary>Whole-word hits in <paramref name="text"/>, leftmost-longest, never overlapping.</summary>
    public List<TermHit> Find(string text)
    {
        var all = new List<TermHit>();
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Fold(text[i]);
            while (state != 0 && !_next[state].ContainsKey(c)) state = _fail[state];
            state = _next[state].TryGetValue(c, out var next) ? next : 0;
            foreach (var term in _output[state])
            {
                var length = _terms[term].Length;
                var start = i + 1 - length;
                if (IsWholeWord(text, start, length)) all.Add(new TermHit(term, start, length));
            }
        }

        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
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

    private static bool IsWholeWord(string text, int start, int length)
    {
        var end = start + length;
        if (IsWordChar(text[start]) && start > 0 && IsWordChar(text[start - 1])) return false;
        if (IsWordChar(text[end - 1]) && end < text.Length && IsWordChar(text[end])) return false;
        return true;
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
