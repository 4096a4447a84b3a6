using Copydesk.Core.Articles;

namespace Copydesk.Core.Text;

/// <summary>
/// The literal sets that rules look for in an article's prose, searched together: one pass over the prose
/// finds where every string of every set starts and ends, and each rule's question (does this block, this
/// sentence, hold one of my strings?) is answered from those hits. The built-in rules and packs ask six
/// sets about every article; each used to read the whole prose itself.
/// A set joins the common search when it is first asked about an article, and searches on its own until the
/// search is rebuilt with it, once more prose has gone by: a run of a file or two never builds it.
/// </summary>
internal sealed class ProseLiterals
{
    private const int ProseBeforeBuilding = 256 * 1024; // characters read between two builds
    private const int MostSets = 64; // a long-lived host loading many configurations keeps only the first ones together

    /// <summary>The search the rules share (a set belongs to one search at most).</summary>
    public static ProseLiterals Shared { get; } = new();

    private readonly object _gate = new();
    private readonly List<LiteralSet> _waitingSets = [];
    private Union? _union;
    private int _waiting;
    private int _setsTaken;
    private long _proseRead;
    private long _builtAt;

    /// <summary>The hits in <paramref name="article"/>'s prose, found at its first question.</summary>
    public ProseLiteralHits Of(Article article)
    {
        if (article.LiteralHits is { } hits) return hits;
        var union = Current(article.Prose.Length);
        return article.LiteralHits = union is null ? ProseLiteralHits.None : union.Scan(article.Prose);
    }

    /// <summary>Asks for <paramref name="set"/> to join the common search at its next build.</summary>
    public void Want(LiteralSet set)
    {
        if (set.Slot != LiteralSet.NotWanted) return;
        lock (_gate)
        {
            if (set.Slot != LiteralSet.NotWanted) return;
            // A set whose strings start with a blank or hold two could not jump over the prose's blank runs.
            if (_setsTaken >= MostSets || !StringAutomaton.CanJumpBlankRuns(set.Strings))
            {
                set.Slot = LiteralSet.OnItsOwn;
                return;
            }
            _setsTaken++;
            set.Slot = LiteralSet.WaitingToJoin;
            _waitingSets.Add(set);
            Volatile.Write(ref _waiting, _waitingSets.Count);
        }
    }

    private Union? Current(int proseLength)
    {
        var read = Interlocked.Add(ref _proseRead, proseLength);
        var union = Volatile.Read(ref _union);
        if (Volatile.Read(ref _waiting) == 0 || read - Interlocked.Read(ref _builtAt) < ProseBeforeBuilding) return union;
        lock (_gate)
        {
            if (_waitingSets.Count == 0) return _union;
            List<LiteralSet> sets = [.. _union?.Sets ?? [], .. _waitingSets];
            for (var slot = 0; slot < sets.Count; slot++) sets[slot].Slot = slot;
            _waitingSets.Clear();
            Volatile.Write(ref _waiting, 0);
            var built = new Union(sets);
            Volatile.Write(ref _union, built);
            Interlocked.Exchange(ref _builtAt, read);
            return built;
        }
    }

    /// <summary>Every string of the sets in one automaton, and which set and string each one is.</summary>
    private sealed class Union
    {
        private readonly StringAutomaton _automaton;
        private readonly int[] _slotOf;
        private readonly int[] _literalOf;
        private readonly int[] _lengthOf;

        public Union(IReadOnlyList<LiteralSet> sets)
        {
            _sets = [.. sets];
            var strings = new List<string>();
            var slotOf = new List<int>();
            var literalOf = new List<int>();
            for (var slot = 0; slot < sets.Count; slot++)
                for (var literal = 0; literal < sets[slot].Strings.Count; literal++)
                {
                    strings.Add(sets[slot].Strings[literal]);
                    slotOf.Add(slot);
                    literalOf.Add(literal);
                }
            _automaton = new StringAutomaton(strings, LiteralSet.FoldAsOrdinalIgnoreCase);
            _slotOf = [.. slotOf];
            _literalOf = [.. literalOf];
            _lengthOf = strings.Select(s => s.Length).ToArray();
        }

        private readonly LiteralSet[] _sets;

        public IReadOnlyList<LiteralSet> Sets => _sets;

        public ProseLiteralHits Scan(string prose)
        {
            var found = new Collector([]);
            _automaton.Search(prose.AsSpan(), ref found);
            var hits = new ProseLiteralHit[found.Hits.Count];
            for (var i = 0; i < hits.Length; i++)
            {
                var (index, end) = found.Hits[i];
                hits[i] = new ProseLiteralHit(_slotOf[index], end - _lengthOf[index], end, _literalOf[index]);
            }
            return new ProseLiteralHits(_sets, hits);
        }

        private readonly struct Collector(List<(int Index, int End)> hits) : StringAutomaton.ISink
        {
            public List<(int Index, int End)> Hits => hits;

            public bool Found(int stringIndex, int end)
            {
                hits.Add((stringIndex, end));
                return false;
            }
        }
    }
}

/// <summary>One occurrence in the prose: of which set (its slot), where, and which of its strings.</summary>
internal readonly record struct ProseLiteralHit(int Slot, int Start, int End, int Literal);

/// <summary>The occurrences of the common search's strings in one article's prose, grouped by set and ordered by start.</summary>
internal sealed class ProseLiteralHits
{
    public static readonly ProseLiteralHits None = new([], []);

    private readonly LiteralSet[] _sets; // by slot: the sets of the search that found the hits
    private readonly ProseLiteralHit[] _hits;
    private readonly int[] _firstOfSlot; // where each slot's hits begin in _hits; one more for the end

    public ProseLiteralHits(LiteralSet[] sets, ProseLiteralHit[] hits)
    {
        _sets = sets;
        var slots = sets.Length;
        // The two halves of a search may tell of one occurrence twice; a copy answers every question the same.
        Array.Sort(hits, (a, b) => a.Slot != b.Slot ? a.Slot.CompareTo(b.Slot) : a.Start.CompareTo(b.Start));
        _hits = hits;
        _firstOfSlot = new int[slots + 1];
        foreach (var hit in hits) _firstOfSlot[hit.Slot + 1]++;
        for (var slot = 0; slot < slots; slot++) _firstOfSlot[slot + 1] += _firstOfSlot[slot];
    }

    /// <summary>Whether these hits answer for <paramref name="set"/>: it had joined the search that found them.</summary>
    public bool Cover(LiteralSet set) => set.Slot >= 0 && set.Slot < _sets.Length && ReferenceEquals(_sets[set.Slot], set);

    /// <summary>Whether one of the set's strings lies wholly between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public bool Any(LiteralSet set, int start, int end)
    {
        for (var i = FirstFrom(set.Slot, start); i < _firstOfSlot[set.Slot + 1] && _hits[i].Start < end; i++)
            if (_hits[i].End <= end) return true;
        return false;
    }

    /// <summary>Which of the set's strings lie wholly between <paramref name="start"/> and <paramref name="end"/>, by index.</summary>
    public bool[] Occurrences(LiteralSet set, int start, int end)
    {
        var found = new bool[set.Strings.Count];
        for (var i = FirstFrom(set.Slot, start); i < _firstOfSlot[set.Slot + 1] && _hits[i].Start < end; i++)
            if (_hits[i].End <= end) found[_hits[i].Literal] = true;
        return found;
    }

    /// <summary>The first of the slot's hits that starts at or after <paramref name="start"/>.</summary>
    private int FirstFrom(int slot, int start)
    {
        int low = _firstOfSlot[slot], high = _firstOfSlot[slot + 1];
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_hits[middle].Start < start) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
