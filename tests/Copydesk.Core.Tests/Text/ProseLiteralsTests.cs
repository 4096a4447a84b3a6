using Copydesk.Core.Articles;
using Copydesk.Core.Tests.Robustness;
using Copydesk.Core.Text;
using CsCheck;

namespace Copydesk.Core.Tests.Text;

/// <summary>
/// Questions about an article's prose are answered from one search for all sets (once the set has joined it):
/// the answers must be the ones searching that stretch of prose gives.
/// </summary>
public sealed class ProseLiteralsTests
{
    [Fact]
    public void A_set_asked_about_articles_joins_the_shared_search_once_enough_prose_has_gone_by()
    {
        var set = new LiteralSet(["reached out", "lawsuit", "sued"]);
        var joined = false;
        // Each article brings 100K characters; the search is rebuilt every 256K.
        for (var i = 0; i < 8 && !joined; i++)
        {
            var article = ArticleOf(new string('x', 100_000) + " They SUED.");
            Assert.True(set.ContainsAny(article, 0, article.Prose.Length));
            joined = ProseLiterals.Of(article).Cover(set);
        }
        Assert.True(joined);
    }

    [Fact]
    public void Answers_about_a_stretch_of_prose_as_searching_it_does()
    {
        var set = new LiteralSet(["ab", "sue", "bIs", "é-k", "abab", "a ka"]);
        JoinSharedSearch(set);
        Property.ForAll(Gen.Select(TextGen, Gen.Int[0, 1000], Gen.Int[0, 1000]), sample =>
        {
            var (prose, a, b) = sample;
            var article = ArticleOf(prose);
            var start = a % (prose.Length + 1);
            var length = b % (prose.Length - start + 1);
            var stretch = prose.AsSpan(start, length);
            Assert.True(ProseLiterals.Of(article).Cover(set));
            Assert.Equal(set.ContainsAny(stretch), set.ContainsAny(article, start, length));
            Assert.Equal(set.Occurrences(stretch), set.Occurrences(article, start, length));
        }, iterations: 3000);
    }

    [Fact]
    public void A_set_whose_strings_start_with_a_blank_keeps_searching_on_its_own()
    {
        var set = new LiteralSet([" leading", "two  blanks"]);
        var article = ArticleOf(new string('x', 300_000) + " leading");
        for (var i = 0; i < 3; i++) Assert.True(set.ContainsAny(article, 0, article.Prose.Length));
        Assert.False(ProseLiterals.Of(ArticleOf(new string('y', 300_000))).Cover(set));
    }

    private static void JoinSharedSearch(LiteralSet set)
    {
        for (var i = 0; i < 8; i++)
        {
            var article = ArticleOf(new string('x', 100_000));
            set.ContainsAny(article, 0, 1);
            if (ProseLiterals.Of(article).Cover(set)) return;
        }
    }

    private static Article ArticleOf(string prose) => new("test.md", prose, ArticleFormat.PlainText, prose, [], [], []);

    // Letters the strings share, blanks (runs of them too) and line breaks, so that strings cross stretch edges.
    private static readonly Gen<string> TextGen =
        Gen.Frequency((6, Gen.Char["abIiSsuek"]), (2, Gen.Char[" "]), (1, Gen.Char["\né-ıſ\u212A"])).Array[0, 300].Select(c => new string(c));
}
