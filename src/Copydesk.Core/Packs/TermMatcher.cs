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
    // ASCII characters step through a table, one lookup each; others follow the trie and its failure links.
    private const int Ascii = 128;

    private readonly List<Dictionary<char, int>> _next = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<List<int>> _output = [[]];
    private readonly string[] _terms;
    private readonly bool _ignoreCase;
    private readonly int[] _asciiStep;
    private readonly int[][] _hits;

    public TermMatcher(IReadOnlyList<string> terms, bool ignoreCase)
    {
        _terms = terms.ToArray();
        _ignoreCase = ignoreCase;
        for (var t = 0; t < _terms.Length; t++) Add(t);
        BuildFailureLinks();
        _asciiStep = BuildAsciiSteps();
        _hits = _output.Select(o => o.ToArray()).ToArray();
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

    /// <summary>
    /// The state after each (state, ASCII character) pair, failure links already followed; states are
    /// numbered so that a state's failure target comes before it (breadth first), as filling needs.
    /// </summary>
    private int[] BuildAsciiSteps()
    {
        var steps = new int[_next.Count * Ascii];
        foreach (var state in BreadthFirst())
            for (var raw = 0; raw < Ascii; raw++)
            {
                var c = Fold((char)raw);
                steps[state * Ascii + raw] = _next[state].TryGetValue(c, out var child) ? child
                    : state == 0 ? 0 : steps[_fail[state] * Ascii + raw];
            }
        return steps;
    }

    private List<int> BreadthFirst()
    {
        var order = new List<int> { 0 };
        for (var i = 0; i < order.Count; i++) order.AddRange(_next[order[i]].Values);
        return order;
    }

    private int Step(int state, char raw)
    {
        if (raw < Ascii) return _asciiStep[state * Ascii + raw];
        var c = Fold(raw);
        while (state != 0 && !_next[state].ContainsKey(c)) state = _fail[state];
        return _next[state].TryGetValue(c, out var next) ? next : 0;
    }

    /// <summary>Whole-word hits in <paramref name="text"/>, leftmost-longest, never overlapping.</summary>
    public List<TermHit> Find(string text)
    {
        var all = new List<TermHit>();
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            state = Step(state, text[i]);
            var hits = _hits[state];
            if (hits.Length == 0) continue;
            foreach (var term in hits)
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
