using System.Text;
using Copydesk.Core.Articles;

namespace Copydesk.Core.Tests.Robustness;

/// <summary>
/// Markdown built to break parsers: absurd nesting, endless lines, constructs left open. Each must
/// finish, keep the finding planted after it, and explain any fallback with a note.
/// </summary>
public sealed class HostileMarkdownTests
{
    private const int Depth = 10_000;

    public static TheoryData<string, string> DeepNesting => new()
    {
        { "blockquotes on one line", new string('>', Depth) + " deep\n" },
        { "blockquotes line by line", string.Concat(Enumerable.Range(0, Depth).Select(_ => ">")) + "\n" + string.Concat(Enumerable.Repeat("> ", 200)) + "x\n" },
        { "bullet list levels", string.Concat(Enumerable.Repeat("- ", Depth)) + "deep\n" },
        { "ordered list levels", string.Concat(Enumerable.Repeat("1. ", Depth)) + "deep\n" },
        { "indented list levels", string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- level\n")) },
        { "emphasis", new string('*', Depth) + "x" + new string('*', Depth) + "\n" },
        { "brackets", new string('[', Depth) + "x" + new string(']', Depth) + "\n" },
        { "nested links", string.Concat(Enumerable.Repeat("[a ", 2_000)) + string.Concat(Enumerable.Repeat("](u)", 2_000)) + "\n" },
        { "html tags", string.Concat(Enumerable.Repeat("<div>", Depth)) + "\n" },
        { "unclosed link destinations", string.Concat(Enumerable.Repeat("[a](", 50_000)) + "\n" },
        { "docfx rows", string.Concat(Enumerable.Repeat(":::row:::\n:::column:::\n", 2_000)) + "text\n" },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void Deep_nesting_finishes_and_the_finding_after_it_is_reported(string name, string hostile)
    {
        var text = hostile + "\n\n" + Probe.Sentence + "\n";
        var lastLine = text.Count(c => c == '\n');

        var found = Probe.Check("deep.md", text);

        Assert.True(Probe.Positions(found).Contains($"({lastLine},6)"), $"{name}: {string.Join("; ", found.Take(5))}");
        Assert.DoesNotContain(found, d => d.RuleId is "CD9004" or "CD9007");
        // Where Markdig gives up, the reason is on record and the text was read as plain text.
        foreach (var note in found.Where(d => d.RuleId == "CD9002")) Assert.Contains("plain text", note.Message);
    }

    [Fact]
    public void A_file_that_makes_markdig_throw_gets_cd9002_and_keeps_its_findings()
    {
        var text = "# Deep\n\nBefore , the quote.\n\n" + new string('>', Depth) + " Inside , the quote.\n\n" + Probe.Sentence + "\n";

        var found = Probe.Check("deep.md", text);

        var note = Assert.Single(found, d => d.RuleId == "CD9002");
        Assert.Contains("depth limit", note.Message);
        Assert.Equal(["(3,7)", "(5,10008)", "(7,6)"], Probe.Positions(found));
    }

    [Fact]
    public void Very_long_lines_are_checked_to_their_end()
    {
        var line = new StringBuilder();
        // No emphasis here: Markdig 1.6 gives up on a paragraph with more than about 5,000 emphasis
        // spans (see the next test), and this one is about the length of a line.
        while (line.Length < 2_000_000) line.Append("word after word [!tag] and `code` [link](x.md) <https://x.test> ");
        var text = "# Long\n\n" + line + Probe.Sentence + "\n";

        var found = Probe.Check("long.md", text);

        Assert.True(!Probe.ToolNotes(found).Any(), string.Join("; ", Probe.ToolNotes(found)));
        Assert.Equal([$"(3,{line.Length + 6})"], Probe.Positions(found));
    }

    [Fact]
    public void A_paragraph_markdig_gives_up_on_is_checked_as_plain_text()
    {
        var text = "# Emphasis\n\n" + string.Concat(Enumerable.Repeat("*word* ", 10_000)) + Probe.Sentence + "\n";

        var found = Probe.Check("emphasis.md", text);

        Assert.Single(found, d => d.RuleId == "CD9002");
        Assert.Equal([$"(3,{7 * 10_000 + 6})"], Probe.Positions(found));
    }

    [Fact]
    public void A_long_line_of_unclosed_directive_brackets_finishes()
    {
        // 300,000 unclosed "[!a": Markdig gives up on the nesting; the reader falls back to plain text.
        var text = "# Long\n\n" + string.Concat(Enumerable.Repeat("[!a", 300_000)) + " " + Probe.Sentence + "\n";

        var found = Probe.Check("long.md", text);

        Assert.Equal([$"(3,{3 * 300_000 + 7})"], Probe.Positions(found));
        Assert.All(Probe.ToolNotes(found), note => Assert.Equal("CD9002", note.RuleId));
    }

    [Fact]
    public void A_long_plain_text_line_is_checked_to_its_end()
    {
        var text = "Headline\n\n" + string.Concat(Enumerable.Repeat("https://x.test/a ", 100_000)) + Probe.Sentence + "\n";
        Assert.Equal([$"(3,{17 * 100_000 + 6})"], Probe.Positions(Probe.Check("long.txt", text)));
    }

    [Theory]
    [InlineData("```\ncode , here\n")]
    [InlineData("~~~~ cs\nvar a = 1;\n\nSpace , here.\n")]
    [InlineData("    indented code , here\n")]
    public void An_unclosed_fence_runs_to_the_end_and_the_prose_before_it_is_checked(string fence)
    {
        var text = "# Title\n\n" + Probe.Sentence + "\n\n" + fence;
        var found = Probe.Check("a.md", text);

        Assert.Empty(Probe.ToolNotes(found));
        // Code is not prose, so only the sentence before the fence counts.
        Assert.Equal(["(3,6)"], Probe.Positions(found));
    }

    [Fact]
    public void Unclosed_front_matter_is_read_as_markdown_not_lost()
    {
        var text = "---\ntitle: Never closed\n\n" + Probe.Sentence + "\n";
        var found = Probe.Check("a.md", text);

        Assert.DoesNotContain(found, d => d.RuleId is "CD9002" or "CD9004" or "CD9007");
        Assert.Equal(["(4,6)"], Probe.Positions(found));
    }

    [Theory]
    [InlineData("title: [unclosed\n")]
    [InlineData("title: \"open quote\n")]
    [InlineData(":\n- : -\n  ? [\n")]
    public void Invalid_front_matter_is_noted_and_the_body_still_checked(string yaml)
    {
        var text = "---\n" + yaml + "---\n" + Probe.Sentence + "\n";
        var found = Probe.Check("a.md", text);

        Assert.Single(found, d => d.RuleId == "CD9003");
        Assert.Equal([$"({yaml.Count(c => c == '\n') + 3},6)"], Probe.Positions(found));
    }

    public static TheoryData<string, string> DeepYaml => new()
    {
        // YamlDotNet recurses per level: these overflowed the stack (a crash no catch can stop)
        // before the reader measured nesting first.
        { "flow mappings", "title: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + new string('}', 100_000) + "\n" },
        { "flow sequences", "title: " + new string('[', 200_000) + new string(']', 200_000) + "\n" },
        { "compact sequences", string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n" },
        { "indented mappings", string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "k:\n")) },
    };

    [Theory]
    [MemberData(nameof(DeepYaml))]
    public void Absurdly_deep_front_matter_is_refused_with_a_note_not_a_crash(string name, string yaml)
    {
        var text = "---\n" + yaml + "---\n" + Probe.Sentence + "\n";
        var found = Probe.Check("a.md", text);

        var note = Assert.Single(found, d => d.RuleId == "CD9003");
        Assert.True(note.Message.Contains("nests deeper"), $"{name}: {note.Message}");
        Assert.Equal([$"({yaml.Count(c => c == '\n') + 3},6)"], Probe.Positions(found));
    }

    [Fact]
    public void Ordinary_nested_front_matter_is_still_read()
    {
        const string yaml = "title: \"A [bracketed] title\"\nms.topic: reference\nf1_keywords: [\"a\", \"b\"]\nauthor:\n  name: x\n  links:\n    - {url: [y, z]}\n";
        var article = MarkdownArticleReader.Read("a.md", "---\n" + yaml + "---\n" + Probe.Sentence + "\n");

        Assert.Empty(article.ReadNotes);
        Assert.Equal("A [bracketed] title", article.Headline?.Text);
    }
}
