using Copydesk.Core.Articles;
using Copydesk.Core.Tests.Robustness;
using Copydesk.Tests;

namespace Copydesk.Core.Tests.Articles;

public sealed class MarkdownArticleReaderTests
{
    /// <summary>
    /// A text with no "://", "www.", "mailto:" or "tel:" is parsed without bare-link detection: its
    /// prose view and blocks must be exactly what the full pipeline gives.
    /// </summary>
    [Fact]
    public void Skipping_bare_link_detection_changes_nothing_for_texts_without_links()
    {
        var compared = 0;
        Property.ForAll(ArticleGen.Markdown, text =>
        {
            text = text.Replace("://", ":").Replace("www.", "www").Replace("mailto:", "mailto").Replace("tel:", "tel");
            AssertSameAsFullPipeline("generated.md", text);
            compared++;
        }, iterations: 1000);
        foreach (var file in RepositoryPaths.Corpus is { } corpus ? Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories) : [])
        {
            AssertSameAsFullPipeline(file, File.ReadAllText(file));
            compared++;
        }
        Assert.True(compared >= 1000);
    }

    private static void AssertSameAsFullPipeline(string path, string text)
    {
        var chosen = MarkdownArticleReader.Read(path, text);
        var full = MarkdownArticleReader.ReadMarkdown(path, text, MarkdownArticleReader.Pipeline);
        Assert.Equal(full.Prose, chosen.Prose);
        Assert.Equal(full.Blocks.Select(b => (b.Kind, b.Start, b.Text)), chosen.Blocks.Select(b => (b.Kind, b.Start, b.Text)));
    }

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
