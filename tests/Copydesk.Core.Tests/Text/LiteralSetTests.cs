using Copydesk.Core.Tests.Robustness;
using Copydesk.Core.Text;
using CsCheck;

namespace Copydesk.Core.Tests.Text;

public sealed class LiteralSetTests
{
    [Theory]
    [InlineData("He reached out to them.", 3)]
    [InlineData("A LAWSUIT, then they SUED.", 2)]
    [InlineData("Nothing here.", -1)]
    [InlineData("", -1)]
    public void Finds_the_first_literal_ignoring_case(string text, int expected) =>
        Assert.Equal(expected, new LiteralSet(["sued", "lawsuit", "reached out"]).IndexOfAny(text.AsSpan()));

    /// <summary>Past its first 64K characters a set switches to its automaton: the answers stay the same.</summary>
    [Fact]
    public void Answers_the_same_before_and_after_switching_to_the_automaton()
    {
        var set = new LiteralSet(["sued", "lawsuit", "reached out", "bc", "abcdef"]);
        string[] texts = ["x abcdef y", "SUED", "no", "a lawsuit and sued", new string('z', 70_000) + "bc"];
        var before = texts.Select(t => set.IndexOfAny(t.AsSpan())).ToList();
        var after = texts.Select(t => set.IndexOfAny(t.AsSpan())).ToList();
        Assert.Equal([2, 0, -1, 2, 70_000], before);
        Assert.Equal(before, after);
    }

    /// <summary>With many strings, the earliest start wins, even where a longer string ending later starts first.</summary>
    [Fact]
    public void A_large_set_finds_the_earliest_string()
    {
        var literals = Enumerable.Range(0, 150).Select(i => $"word{i:000}x").ToList();
        var set = new LiteralSet(literals);
        var filler = new string('z', 70_000);
        Assert.Equal(-1, set.IndexOfAny(filler.AsSpan())); // switches to the automaton
        Assert.Equal(5, set.IndexOfAny("abcd WORD149X and word000x".AsSpan()));
        Assert.Equal(5, set.IndexOfAny("abcd word000x and word149x".AsSpan()));
        Assert.Equal(3, set.IndexOfAny("abcword070xword07".AsSpan()));
        Assert.Equal(-1, set.IndexOfAny("word150x word0".AsSpan()));
        Assert.Equal(1, new LiteralSet(["bcd", "abcdef", "zzzzz"]).IndexOfAny(("x" + "abcdef" + filler).AsSpan()));
    }

    /// <summary>
    /// Past the switch to the automaton, a set answers as searching for each string ignoring case does:
    /// accents, dotless i, long s and Kelvin sign included, for short strings and long ones.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public void Answers_as_searching_string_by_string_does(int shortest)
    {
        var compared = 0;
        var literalGen = Gen.Char["abkIiıSsſéÉ\u212A -"].Array[shortest, 8].Select(c => new string(c));
        Property.ForAll(Gen.Select(literalGen.Array[5, 9], TextGen, TextGen, Gen.Int[0, 8], Gen.Bool), sample =>
        {
            var (literals, before, after, pick, embed) = sample;
            // Often one of the strings, in upper case, inside the text.
            var text = embed ? before + literals[pick % literals.Length].ToUpperInvariant() + after : before + after;
            var set = new LiteralSet(literals);
            set.IndexOfAny(new string(' ', 70_000).AsSpan()); // past the switch, for sets of five or more
            var expectedIndex = set.Strings.Select(l => text.IndexOf(l, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            Assert.Equal(expectedIndex, set.IndexOfAny(text.AsSpan()));
            Assert.Equal(expectedIndex >= 0, set.ContainsAny(text.AsSpan()));
            Assert.Equal(set.Strings.Select(l => text.Contains(l, StringComparison.OrdinalIgnoreCase)), set.Occurrences(text.AsSpan()));
            if (set.Strings.Count >= 5) compared++;
        }, iterations: 2000);
        Assert.True(compared > 1000);
    }

    /// <summary>
    /// A long text is read as two halves at once, each jumping over runs of blanks: strings across the middle,
    /// at either end and beside the runs are still found.
    /// </summary>
    [Fact]
    public void Long_texts_read_in_two_halves_answer_as_searching_string_by_string_does()
    {
        var literalGen = Gen.Char["abkIiıSsſé -"].Array[2, 8].Select(c => new string(c));
        var pieceGen = Gen.Frequency((3, TextGen), (1, Gen.Char[" \n\r"].Array[2, 30].Select(c => new string(c))));
        Property.ForAll(Gen.Select(literalGen.Array[5, 9], pieceGen.Array[8, 40], Gen.Int[0, 8], Gen.Int[0, 2]), sample =>
        {
            var (literals, pieces, pick, place) = sample;
            var text = string.Concat(pieces);
            if (text.Length < 200) text = text.PadRight(200, 'a');
            var literal = literals[pick % literals.Length].ToUpperInvariant();
            // Across the middle, at the very end, or not at all.
            var at = place == 0 ? text.Length / 2 - literal.Length / 2 : text.Length;
            if (place < 2) text = text.Insert(at, literal);
            var set = new LiteralSet(literals);
            set.IndexOfAny(new string(' ', 70_000).AsSpan()); // past the switch to the automaton
            Assert.Equal(set.Strings.Any(l => text.Contains(l, StringComparison.OrdinalIgnoreCase)), set.ContainsAny(text.AsSpan()));
            Assert.Equal(set.Strings.Select(l => text.Contains(l, StringComparison.OrdinalIgnoreCase)), set.Occurrences(text.AsSpan()));
        }, iterations: 2000);
    }

    /// <summary>The search for one string ignoring case finds what .NET's own search finds.</summary>
    [Fact]
    public void Finds_one_string_ignoring_case_as_dotnet_does() =>
        Property.ForAll(Gen.Select(Gen.Char["abkIiıSsſéÉ\u212A -:/"].Array[0, 6].Select(c => new string(c)), TextGen, TextGen, Gen.Bool), sample =>
        {
            var (literal, before, after, embed) = sample;
            var text = embed ? before + literal.ToUpperInvariant() + after : before + after;
            Assert.Equal(text.IndexOf(literal, StringComparison.OrdinalIgnoreCase), LiteralSet.IndexOfIgnoringCase(text.AsSpan(), literal));
        }, iterations: 3000);

    // Mostly letters that the literals share, so that long ones occur too.
    private static readonly Gen<string> TextGen = Gen.Frequency((4, Gen.Char["abIiSs "]), (1, Gen.Char["kKıſéÉ\u212A-x"])).Array[0, 40].Select(c => new string(c));
}
