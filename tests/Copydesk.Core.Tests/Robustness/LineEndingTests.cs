namespace Copydesk.Core.Tests.Robustness;

/// <summary>CRLF, CR and mixed line endings: lines and columns stay those an editor shows.</summary>
public sealed class LineEndingTests
{
    private const string Lf = "---\ntitle: A title\n---\n# Heading\n\nA paragraph\nthat goes on. " + Probe.Sentence + "\n\n- item\n- " + Probe.Sentence + "\n\n> " + Probe.Sentence + "\n";

    [Theory]
    [InlineData("md", "\n")]
    [InlineData("md", "\r\n")]
    [InlineData("md", "\r")]
    [InlineData("txt", "\n")]
    [InlineData("txt", "\r\n")]
    [InlineData("txt", "\r")]
    public void Findings_keep_their_line_and_column_whatever_the_line_endings(string extension, string ending)
    {
        var found = Probe.Check("a." + extension, Lf.Replace("\n", ending));

        Assert.Empty(Probe.ToolNotes(found));
        Assert.Equal(["(7,20)", "(10,8)", "(12,8)"], Probe.Positions(found));
    }

    [Fact]
    public void Mixed_line_endings_in_one_file_keep_positions_right()
    {
        var lines = Lf.Split('\n');
        var endings = new[] { "\r\n", "\n", "\r" };
        var mixed = string.Concat(lines.Select((line, i) => i < lines.Length - 1 ? line + endings[i % 3] : line));

        var found = Probe.Check("a.md", mixed);

        Assert.Empty(Probe.ToolNotes(found));
        Assert.Equal(["(7,20)", "(10,8)", "(12,8)"], Probe.Positions(found));
        foreach (var d in found) Assert.Equal(" ,", mixed.Substring(d.Start, d.Length));
    }
}
