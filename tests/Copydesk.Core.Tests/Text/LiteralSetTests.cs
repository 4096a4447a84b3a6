using Copydesk.Core.Text;

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

    /// <summary>Past its first 64K characters a set switches to the vectorized search: the answers stay the same.</summary>
    [Fact]
    public void Answers_the_same_before_and_after_switching_to_the_vector_search()
    {
        var set = new LiteralSet(["sued", "lawsuit", "reached out", "bc", "abcdef"]);
        string[] texts = ["x abcdef y", "SUED", "no", "a lawsuit and sued", new string('z', 70_000) + "bc"];
        var before = texts.Select(t => set.IndexOfAny(t.AsSpan())).ToList();
        var after = texts.Select(t => set.IndexOfAny(t.AsSpan())).ToList();
        Assert.Equal([2, 0, -1, 2, 70_000], before);
        Assert.Equal(before, after);
    }

    /// <summary>Sets of more than 80 strings are searched group by group: the first hit of any group still wins.</summary>
    [Fact]
    public void A_large_set_finds_the_earliest_string_of_any_group()
    {
        var literals = Enumerable.Range(0, 150).Select(i => $"word{i:000}x").ToList();
        var set = new LiteralSet(literals);
        var filler = new string('z', 70_000);
        Assert.Equal(-1, set.IndexOfAny(filler.AsSpan())); // switches to the vector search
        Assert.Equal(5, set.IndexOfAny("abcd WORD149X and word000x".AsSpan()));
        Assert.Equal(5, set.IndexOfAny("abcd word000x and word149x".AsSpan()));
        Assert.Equal(3, set.IndexOfAny("abcword070xword07".AsSpan()));
        Assert.Equal(-1, set.IndexOfAny("word150x word0".AsSpan()));
    }
}
