using Copydesk.Core.Engine;
using Copydesk.Tests;

namespace Copydesk.Core.Tests.Packs;

/// <summary>The shipped placeholder and spelling packs on the sample article the project started from.</summary>
public sealed class ShippedPackSampleTests
{
    private const string Sample = "seeds/000_781c75e40c296ea5.txt";

    private static IReadOnlyList<Copydesk.Core.Diagnostics.Diagnostic> Findings(string id) =>
        Linter.Default.Check(Sample, File.ReadAllText(RepositoryPaths.SampleArticle)).Where(d => d.RuleId == id).ToList();

    [Fact]
    public void Ad_markers_glued_to_paragraphs_are_found_at_the_word()
    {
        var found = Findings("CD2001");
        Assert.Equal([(9, 1), (15, 1)], found.Select(d => (d.Range.StartLine, d.Range.StartColumn)));
        Assert.All(found, d => Assert.Equal("Advertisement", d.MatchedText));
    }

    [Fact]
    public void Widget_residue_lines_are_found()
    {
        var lines = Findings("CD2002").Select(d => d.Range.StartLine).ToList();
        Assert.Contains(22, lines);
        Assert.True(lines.Contains(24) || lines.Contains(25));
        Assert.All(lines, line => Assert.InRange(line, 22, 25));
    }

    [Fact]
    public void Theme_default_copy_is_found() =>
        Assert.Equal([26], Findings("CD2003").Select(d => d.Range.StartLine));

    [Fact]
    public void Off_brand_spellings_are_found()
    {
        var found = Findings("CD3002");
        Assert.Equal([3, 9, 11], found.Select(d => d.Range.StartLine));
        Assert.Equal(["GizmoChina", "DxOMark", "DxOMark"], found.Select(d => d.MatchedText));
    }
}
