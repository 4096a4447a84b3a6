using Copydesk.Core.Articles;
using Copydesk.Core.Tests.Robustness;
using Copydesk.Core.Text;
using CsCheck;

namespace Copydesk.Core.Tests.Text;

/// <summary>
/// Questions about an article's prose are answered from one search for all sets (once the set has joined it):
/// the answers must be the ones searching that stretch of prose gives. Each test has a search of its own; the
/// tool's shared one serves every other test in the process.
/// </summary>
public sealed class ProseLiteralsTests
{
    [Fact]
    public void A_set_joins_the_search_once_enough_prose_has_gone_by()
    {
        var search = new ProseLiterals();
        var set = new LiteralSet(["reached out", "lawsuit", "sued"]);
        search.Want(set);
        Assert.False(search.Of(ArticleOf(new string('x', 100_000))).Cover(set));
        // Each article brings 100K characters; the search is built once 256K have gone by.
        ProseLiteralHits? hits = null;
        for (var i = 0; i < 3; i++) hits = search.Of(ArticleOf(new string('x', 100_000)));
        Assert.True(hits!.Cover(set));
        // Another search's hits never answer for the set.
        Assert.False(new ProseLiterals().Of(ArticleOf(new string('x', 300_000))).Cover(set));
    }

    [Fact]
    public void Answers_about_a_stretch_of_prose_as_searching_it_does()
    {
        var search = new ProseLiterals();
        var set = new LiteralSet(["ab", "sue", "bIs", "é-k", "abab", "a ka"]);
        search.Want(set);
        for (var i = 0; i < 3; i++) search.Of(ArticleOf(new string('x', 100_000)));
        Property.ForAll(Gen.Select(TextGen, Gen.Int[0, 1000], Gen.Int[0, 1000]), sample =>
        {
            var (prose, a, b) = sample;
            var hits = search.Of(ArticleOf(prose));
            var start = a % (prose.Length + 1);
            var length = b % (prose.Length - start + 1);
            var stretch = prose.AsSpan(start, length);
            Assert.True(hits.Cover(set));
            Assert.Equal(set.ContainsAny(stretch), hits.Any(set, start, start + length));
            Assert.Equal(set.Occurrences(stretch), hits.Occurrences(set, start, start + length));
        }, iterations: 3000);
    }

    [Fact]
    public void A_set_whose_strings_start_with_a_blank_keeps_searching_on_its_own()
    {
        var search = new ProseLiterals();
        var set = new LiteralSet([" leading", "two  blanks"]);
        search.Want(set);
        for (var i = 0; i < 3; i++) Assert.False(search.Of(ArticleOf(new string('x', 300_000))).Cover(set));
    }

    /// <summary>Through the shared search, whether the set has joined it yet or not, the answers are the same.</summary>
    [Fact]
    public void A_set_asked_about_an_article_answers_as_searching_its_prose_does()
    {
        var set = new LiteralSet(["reached out", "lawsuit", "sued"]);
        for (var i = 0; i < 4; i++)
        {
            var article = ArticleOf(new string('x', 100_000) + " They SUED, and then reached  out.");
            Assert.True(set.ContainsAny(article, 0, article.Prose.Length));
            Assert.Equal([false, false, true], set.Occurrences(article, 100_000, 12));
        }
    }

    private static Article ArticleOf(string prose) => new("test.md", prose, ArticleFormat.PlainText, prose, [], [], []);

    // Letters the strings share, blanks (runs of them too) and line breaks, so that strings cross stretch edges.
    private static readonly Gen<string> TextGen =
        Gen.Frequency((6, Gen.Char["abIiSsuek"]), (2, Gen.Char[" "]), (1, Gen.Char["\né-ıſ\u212A"])).Array[0, 300].Select(c => new string(c));
}
