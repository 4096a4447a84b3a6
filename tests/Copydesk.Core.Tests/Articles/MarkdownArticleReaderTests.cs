using Copydesk.Core.Articles;

namespace Copydesk.Core.Tests.Articles;

public sealed class MarkdownArticleReaderTests
{
    [Fact]
    public void Prose_keeps_offsets_and_blanks_code_urls_and_markup()
    {
        var text = "---\ntitle: Hello world\nms.date: 2020\n---\n# Heading\n\nSee [the docs](https://x.test/a) and `code` here.\n\n```cs\nvar a = 1;\n```\n";
        var article = MarkdownArticleReader.Read("a.md", text);

        Assert.Equal(text.Length, article.Prose.Length);
        var title = Assert.Single(article.Blocks, b => b.Kind == ProseBlockKind.Headline);
        Assert.Equal("Hello world", title.Text);
        Assert.Equal(text.IndexOf("Hello", StringComparison.Ordinal), title.Start);

        var paragraph = Assert.Single(article.Blocks, b => b.Kind == ProseBlockKind.Paragraph);
        Assert.Contains("the docs", paragraph.Text);
        Assert.DoesNotContain("https", paragraph.Text);
        Assert.DoesNotContain("code", paragraph.Text);
        Assert.Equal(paragraph.Text, text.Substring(paragraph.Start, paragraph.Text.Length).Replace("[", " ")
            .Replace("](https://x.test/a)", "                   ").Replace("`code`", "      "));

        var code = Assert.Single(article.CodeBlocks);
        Assert.Equal("cs", code.Language);
        Assert.Equal("var a = 1;", code.Lines[0].Text);
        Assert.Equal(text.IndexOf("var a", StringComparison.Ordinal), code.Lines[0].Offset);
    }

    [Fact]
    public void Docfx_directives_are_not_prose()
    {
        var text = ":::row:::\n:::column:::\nReal words.\n:::column-end:::\n:::row-end:::\n\n> [!NOTE]\n> A note.\n\n[!INCLUDE[name](../x.md)]\n";
        var article = MarkdownArticleReader.Read("a.md", text);
        Assert.DoesNotContain(":::", article.Prose);
        Assert.DoesNotContain("NOTE", article.Prose);
        Assert.DoesNotContain("INCLUDE", article.Prose);
        Assert.Contains("Real words.", article.Prose);
        Assert.Contains("A note.", article.Prose);
    }

    [Fact]
    public void Positions_are_one_based_with_exclusive_end()
    {
        var article = MarkdownArticleReader.Read("a.md", "ab\r\ncd\n");
        Assert.Equal(new Copydesk.Core.Diagnostics.SourceRange(2, 1, 2, 3), article.Lines.GetRange(4, 2));
    }
}
