using Copydesk.Core.Articles;
using Copydesk.Core.Engine;
using Copydesk.Tests;
using Markdig;

namespace Copydesk.Core.Tests.Robustness;

/// <summary>
/// Real documentation must parse as Markdown, without a fallback: the fixtures in RealDocs/ (with
/// the parser-breaker among them), and the shared cpp-docs corpus where it lies beside the clone.
/// </summary>
public sealed class RealDocsTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "Copydesk.Core.Tests", "Robustness", "RealDocs");
    private static string BreakerPath => Path.Combine(Folder, "directives-reference.md");

    public static TheoryData<string> Fixtures => new(Directory.GetFiles(Folder, "*.md").Select(Path.GetFileName).Where(n => n != "README.md")!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_real_article_parses_without_fallback_and_its_findings_point_at_real_text(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name));

        AssertReadsCleanly(name, text);
    }

    [Fact]
    public void The_parser_breaker_reads_as_markdown_with_its_structure()
    {
        var article = MarkdownArticleReader.Read("directives-reference.md", File.ReadAllText(BreakerPath));

        Assert.Empty(article.ReadNotes);
        Assert.Equal(ArticleFormat.Markdown, article.Format);
        Assert.Equal("Directives Reference", article.Headline?.Text);
        Assert.Contains(article.Blocks, b => b.Kind == ProseBlockKind.Heading && b.Text.Trim() == "x64");
        Assert.Contains(article.Blocks, b => b.Kind == ProseBlockKind.Heading && b.Text.Trim() == "x64 Unwind Version 3 (experimental)");
        // The directive lines are markup, and the directive names in code spans are code.
        Assert.DoesNotContain(":::", article.Prose);
        Assert.DoesNotContain(".ALLOCSTACK", article.Prose);
    }

    [Fact]
    public void A_finding_planted_deep_in_its_nested_columns_is_reported_at_its_place()
    {
        var lines = File.ReadAllLines(BreakerPath).ToList();
        // Under the last "column" opener of the file, among the nested row/column blocks.
        var column = lines.FindLastIndex(l => l.TrimStart().StartsWith(":::column ", StringComparison.Ordinal));
        var indent = lines[column + 1].Length - lines[column + 1].TrimStart().Length;
        lines.Insert(column + 1, new string(' ', indent) + Probe.Sentence);
        lines.Insert(column + 2, "");
        var text = string.Join("\n", lines) + "\n";

        var found = Probe.Check("directives-reference.md", text);

        Assert.Empty(Probe.ToolNotes(found));
        Assert.Equal([$"({column + 2},{indent + 6})"], Probe.Positions(found));
    }

    [Fact]
    public void Markdig_with_the_custom_containers_extension_still_throws_on_the_parser_breaker()
    {
        // Why the pipeline is chosen by hand: if a Markdig update fixes this, the design note can go.
        var advanced = new MarkdownPipelineBuilder().UseAdvancedExtensions().UsePreciseSourceLocation().Build();
        var error = Assert.ThrowsAny<Exception>(() => Markdown.Parse(File.ReadAllText(BreakerPath), advanced));
        Assert.Contains("depth limit", error.Message);
    }

    [SkippableFact]
    public void The_shared_cpp_docs_corpus_parses_without_fallback()
    {
        Skip.If(RepositoryPaths.Corpus is null, "the shared corpus is not beside this clone");
        var files = Directory.GetFiles(RepositoryPaths.Corpus!, "*.md", SearchOption.AllDirectories)
            .Select(f => new SourceFile(f, Path.GetRelativePath(RepositoryPaths.Corpus!, f))).ToList();
        Assert.True(files.Count > 100, $"only {files.Count} files in {RepositoryPaths.Corpus}");

        var results = new FileChecker(Linter.Default).Check(files);

        var failures = results.SelectMany(r => r.Diagnostics).Where(d => d.RuleId is "CD9001" or "CD9002" or "CD9004" or "CD9006" or "CD9007").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20).Select(d => $"{d.FilePath}: {d.RuleId} {d.Message}")));
        foreach (var (file, result) in files.Zip(results))
        {
            var text = File.ReadAllText(file.FullPath);
            var lines = new LineIndex(text);
            foreach (var d in result.Diagnostics) Invariants.AssertSpanIsReal(text, lines, d);
        }
    }

    private static void AssertReadsCleanly(string name, string text)
    {
        var article = ArticleReader.Read(name, text);
        Invariants.AssertProseViewIsFaithful(article);
        Assert.True(article.ReadNotes.Count == 0, $"{name}: {string.Join("; ", article.ReadNotes.Select(n => n.Message))}");
        Assert.DoesNotContain(":::", article.Prose);

        var found = Linter.Default.Check(name, text);
        Assert.DoesNotContain(found, d => d.RuleId.StartsWith("CD9", StringComparison.Ordinal));
        foreach (var d in found) Invariants.AssertSpanIsReal(text, article.Lines, d);
    }
}
