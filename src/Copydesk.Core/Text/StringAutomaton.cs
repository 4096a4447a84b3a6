using System.Runtime.CompilerServices;

namespace Copydesk.Core.Text;

/// <summary>
/// Aho–Corasick over a fixed list of strings: one pass over a text finds every occurrence of every
/// string, however many there are. Characters are compared after a fold (case folding, or none).
/// An ASCII character steps through a precomputed table, one lookup each; any other character
/// follows the trie and its failure links.
/// A state is held as where its row starts in that table, with the sign bit set when some string ends
/// there: a search tells the rare step that found something by the sign alone, with no load.
/// </summary>
public sealed class StringAutomaton
{
    /// <summary>The state before any character is read.</summary>
    public const int Start = 0;

    private const int Ascii = 128;
    private const int EndsHere = int.MinValue;
    private const int Row = int.MaxValue;

    private readonly Func<char, char> _fold;
    private readonly List<Dictionary<char, int>> _next = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<List<int>> _ends = [[]];
    private readonly int[] _asciiStep;
    private readonly int[][] _endsAt;
    private readonly int _longest;

    public StringAutomaton(IReadOnlyList<string> strings, Func<char, char> fold)
    {
        _fold = fold;
        for (var s = 0; s < strings.Count; s++) Add(strings[s], s);
        var order = BreadthFirst();
        LinkFailures(order);
        _endsAt = _ends.Select(e => e.ToArray()).ToArray();
        _asciiStep = AsciiSteps(order);
        _longest = strings.Count == 0 ? 0 : strings.Max(s => s.Length);
        _blankRunsLeadNowhere = CanJumpBlankRuns(strings);
    }

    /// <summary>
    /// No string starts with a blank or holds two in a row: then after two blanks the automaton is back at
    /// <see cref="Start"/>, and nothing ends inside a run of blanks, so a search may jump over the run.
    /// </summary>
    private readonly bool _blankRunsLeadNowhere;

    /// <summary>
    /// Where the next run of blanks worth jumping over starts, at or after <paramref name="from"/>
    /// (<paramref name="text"/>'s length if none). The prose view holds long runs where markup and code
    /// were blanked out. Read its first blank, then go on from <see cref="AfterBlankRun"/> at <see cref="Start"/>.
    /// </summary>
    public int NextBlankRun(ReadOnlySpan<char> text, int from)
    {
        if (!_blankRunsLeadNowhere) return text.Length;
        var run = text.Slice(from).IndexOf("  ".AsSpan());
        return run < 0 ? text.Length : from + run;
    }

    /// <summary>The first character after the run of blanks that starts at <paramref name="run"/>.</summary>
    public static int AfterBlankRun(ReadOnlySpan<char> text, int run)
    {
#if NET
        var nonBlank = text.Slice(run).IndexOfAnyExcept(' ', '\n', '\r');
        return nonBlank < 0 ? text.Length : run + nonBlank;
#else
        while (run < text.Length && IsBlank(text[run])) run++;
        return run;
#endif
    }

    /// <summary>Whether an automaton of <paramref name="strings"/> may jump over runs of blanks (see <see cref="NextBlankRun"/>).</summary>
    public static bool CanJumpBlankRuns(IEnumerable<string> strings) => strings.All(s => s.Length > 0 && !IsBlank(s[0]) && !HasTwoBlanks(s));

    private static bool IsBlank(char c) => c is ' ' or '\n' or '\r';

    private static bool HasTwoBlanks(string s)
    {
        for (var i = 1; i < s.Length; i++)
            if (IsBlank(s[i - 1]) && IsBlank(s[i])) return true;
        return false;
    }

    /// <summary>The state after reading <paramref name="c"/> in <paramref name="state"/>.</summary>
    /// <remarks>Inlined: a call per character, through the precompiled code's indirection, cost more than the lookup.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Step(int state, char c) => c < Ascii ? _asciiStep[(state & Row) + c] : StepOutsideAscii(state, c);

    private int StepOutsideAscii(int state, char c)
    {
        var folded = _fold(c);
        if (folded < Ascii) return _asciiStep[(state & Row) + folded];
        var node = (state & Row) / Ascii;
        while (node != Start && !_next[node].ContainsKey(folded)) node = _fail[node];
        return Encode(_next[node].TryGetValue(folded, out var next) ? next : Start);
    }

    /// <summary>Whether some string ends where <paramref name="state"/> was reached (see <see cref="EndingAt"/>).</summary>
    public static bool EndsAString(int state) => state < 0;

    /// <summary>The state of a trie node, as the step table holds it.</summary>
    private int Encode(int node) => node * Ascii | (_endsAt[node].Length > 0 ? EndsHere : 0);

    /// <summary>Hears of each occurrence <see cref="Search{TSink}"/> finds; returns true to end the search.</summary>
    public interface ISink
    {
        bool Found(int stringIndex, int end);
    }

    // Shorter texts are read in one pass: two would not repay setting them up.
    private const int TwoHalvesFrom = 128;

    /// <summary>
    /// Tells <paramref name="sink"/> of every occurrence of every string in <paramref name="text"/> (by its end),
    /// in no particular order, jumping over blank runs; true when the sink ended the search. A long text is
    /// read as two halves in lockstep: each step waits on the load of the one before, so two independent
    /// chains of loads take about the time of one. The first half reads on for the longest string less one,
    /// so a string across the middle is found (perhaps twice).
    /// </summary>
    public bool Search<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, ISink
    {
        if (text.Length < TwoHalvesFrom) return SearchAlone(new Lane(text, 0), ref sink);
        var middle = text.Length / 2;
        var first = new Lane(text.Slice(0, Math.Min(text.Length, middle + Math.Max(0, _longest - 1))), 0);
        var second = new Lane(text.Slice(middle), middle);
        var firstLive = Begin(ref first);
        var secondLive = Begin(ref second);
        while (firstLive && secondLive)
        {
            var steps = Math.Min(first.End - first.Position, second.End - second.Position);
            int a = first.State, b = second.State, at = first.Position, bt = second.Position;
            var aText = first.Text;
            var bText = second.Text;
            for (var k = 0; k < steps; k++)
            {
                a = Step(a, aText[at + k]);
                b = Step(b, bText[bt + k]);
                if ((a | b) >= 0) continue;
                foreach (var found in EndingAt(a))
                    if (sink.Found(found, first.Offset + at + k + 1)) return true;
                foreach (var found in EndingAt(b))
                    if (sink.Found(found, second.Offset + bt + k + 1)) return true;
            }
            (first.State, first.Position) = (a, at + steps);
            (second.State, second.Position) = (b, bt + steps);
            if (first.Position == first.End) firstLive = Next(ref first);
            if (second.Position == second.End) secondLive = Next(ref second);
        }
        return (firstLive && SearchAlone(first, ref sink, begun: true)) || (secondLive && SearchAlone(second, ref sink, begun: true));
    }

    /// <summary>One stretch of text read by <see cref="Search{TSink}"/>, and where it stands in its current blank-free segment.</summary>
    private ref struct Lane(ReadOnlySpan<char> text, int offset)
    {
        public ReadOnlySpan<char> Text = text;
        public readonly int Offset = offset; // of Text in the whole text
        public int Position;
        public int End; // of the current segment: up to and with the first blank of the run after it
        public int Run; // where that run starts; Text's length if none
        public int State;
    }

    /// <summary>Sets up the segment at the lane's position; false when the lane is done.</summary>
    private bool Begin(ref Lane lane)
    {
        if (lane.Position >= lane.Text.Length) return false;
        lane.Run = NextBlankRun(lane.Text, lane.Position);
        lane.End = Math.Min(lane.Run + 1, lane.Text.Length);
        lane.State = Start;
        return true;
    }

    /// <summary>Jumps over the run after a finished segment and sets up the next one.</summary>
    private bool Next(ref Lane lane)
    {
        lane.Position = lane.Run >= lane.Text.Length ? lane.Text.Length : AfterBlankRun(lane.Text, lane.Run);
        return Begin(ref lane);
    }

    private bool SearchAlone<TSink>(Lane lane, ref TSink sink, bool begun = false) where TSink : struct, ISink
    {
        for (var live = begun || Begin(ref lane); live; live = Next(ref lane))
        {
            var state = lane.State;
            for (var i = lane.Position; i < lane.End; i++)
            {
                state = Step(state, lane.Text[i]);
                if (state >= 0) continue;
                foreach (var found in EndingAt(state))
                    if (sink.Found(found, lane.Offset + i + 1)) return true;
            }
            lane.Position = lane.End;
        }
        return false;
    }

    /// <summary>The strings (by index) that end where <paramref name="state"/> was reached; mostly none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int[] EndingAt(int state) => _endsAt[(state & Row) / Ascii];

    private void Add(string value, int index)
    {
        var state = Start;
        foreach (var raw in value)
        {
            var c = _fold(raw);
            if (!_next[state].TryGetValue(c, out var child))
            {
                child = _next.Count;
                _next.Add([]);
                _fail.Add(Start);
                _ends.Add([]);
                _next[state][c] = child;
            }
            state = child;
        }
        _ends[state].Add(index);
    }

    /// <summary>States in breadth-first order: each state's failure target comes before it.</summary>
    private List<int> BreadthFirst()
    {
        var order = new List<int> { Start };
        for (var i = 0; i < order.Count; i++) order.AddRange(_next[order[i]].Values);
        return order;
    }

    private void LinkFailures(List<int> order)
    {
        foreach (var state in order)
            foreach (var pair in _next[state])
            {
                var child = pair.Value;
                var fallback = _fail[state];
                while (fallback != Start && !_next[fallback].ContainsKey(pair.Key)) fallback = _fail[fallback];
                _fail[child] = state != Start && _next[fallback].TryGetValue(pair.Key, out var target) ? target : Start;
                _ends[child].AddRange(_ends[_fail[child]]);
            }
    }

    /// <summary>
    /// The state after each (state, ASCII character) pair, failure links already followed. A state's row
    /// starts as a copy of its failure state's (done before it, in breadth-first order), and then takes
    /// the state's own few edges: a pack's hundreds of terms build their table in well under a millisecond.
    /// </summary>
    private int[] AsciiSteps(List<int> order)
    {
        // The raw ASCII characters that fold to each character.
        var rawsOf = new Dictionary<char, List<int>>();
        for (var raw = 0; raw < Ascii; raw++)
        {
            var c = _fold((char)raw);
            if (!rawsOf.TryGetValue(c, out var raws)) rawsOf[c] = raws = [];
            raws.Add(raw);
        }
        var steps = new int[_next.Count * Ascii];
        if (_endsAt[Start].Length > 0) // an empty string ends everywhere
            for (var raw = 0; raw < Ascii; raw++) steps[raw] = Encode(Start);
        foreach (var state in order)
        {
            if (state != Start) Array.Copy(steps, _fail[state] * Ascii, steps, state * Ascii, Ascii);
            foreach (var edge in _next[state])
                if (rawsOf.TryGetValue(edge.Key, out var raws))
                    foreach (var raw in raws) steps[state * Ascii + raw] = Encode(edge.Value);
        }
        return steps;
    }
}
