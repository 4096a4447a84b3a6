using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Copydesk.Core.Fixes;

namespace Copydesk.Core.Tests.Fixes;

public sealed class FixApplierTests
{
    private static string Fix(string path, string text) =>
        FixApplier.Apply(text, Linter.Default.Check(path, text).Where(d => d.RuleId is "CD2001" or "CD2002" or "CD3002")).Text;

    [Fact]
    public void Sample_fixes_leave_no_placeholder_or_spelling_findings()
    {
        var text = File.ReadAllText(Copydesk.Tests.RepositoryPaths.SampleArticle);
        var fixedText = Fix("sample.txt", text);
        Assert.DoesNotContain(Linter.Default.Check("sample.txt", fixedText), d => d.RuleId is "CD2001" or "CD2002" or "CD3002");
        // Every line not touched by a fix is byte for byte the same.
        var kept = text.Split('\n').Where(l => !l.Contains("Advertisement") && !l.Contains("DxOMark") && !l.Contains("GizmoChina")
            && l is not ("Related Posts" or "recent posts" or "Subscribe to Updates"));
        Assert.Equal(kept, fixedText.Split('\n').Where(l => !l.Contains("DXOMARK") && !l.Contains("Gizmochina") && !l.StartsWith("But that") && !l.StartsWith("All three")));
    }

    [Fact]
    public void Line_endings_and_a_missing_final_newline_are_kept()
    {
        Assert.Equal("T\r\n\r\nNow on GitHub.\r\n\r\n\r\nEnd", Fix("a.txt", "T\r\n\r\nNow on Github.\r\n\r\nAdvertisement\r\n\r\nEnd"));
        Assert.Equal("T\n\nText.", Fix("a.txt", "T\n\nText.\nRelated Posts"));
    }

    [Fact]
    public void Overlapping_fixes_are_skipped_not_merged()
    {
        var a = new Diagnostic("X", Severity.Error, "", "f", 0, 3, default, Fix: [new TextEdit(0, 3, "abc")]);
        var b = new Diagnostic("Y", Severity.Error, "", "f", 2, 3, default, Fix: [new TextEdit(2, 3, "zzz")]);
        var result = FixApplier.Apply("0123456", [a, b]);
        Assert.Equal("abc3456", result.Text);
        Assert.Equal([b], result.Skipped);
    }

    [Fact]
    public void Unified_diff_shows_hunks_with_context()
    {
        var diff = UnifiedDiff.Create("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nD\ne\nf\ng\nh\n", "x.md");
        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n", diff);
        Assert.Equal("", UnifiedDiff.Create("same", "same", "x.md"));
        Assert.EndsWith("-end\n\\ No newline at end of file\n", UnifiedDiff.Create("x\nend", "x\n", "y.md"));
    }
}
