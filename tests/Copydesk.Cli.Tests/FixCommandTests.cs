using System.Text;

namespace Copydesk.Cli.Tests;

/// <summary>`check --fix` and `--fix --dry-run` on a copy of the sample and on files with unusual bytes.</summary>
public sealed class FixCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copydesk-fix-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string CopySample()
    {
        var path = Path.Combine(_folder, "sample.txt");
        File.Copy(RepositoryPaths.SampleArticle, path);
        return path;
    }

    [Fact]
    public void Fix_removes_placeholders_and_applies_spellings_and_nothing_else()
    {
        var path = CopySample();
        var original = File.ReadAllText(RepositoryPaths.SampleArticle);

        var result = Cli.Run(_folder, "check", "sample.txt", "--fix", "--no-cache", "--no-progress");

        Assert.Contains("fixed 8 finding(s) in sample.txt", result.Error);
        var expected = original
            .Replace("Advertisement But", "But").Replace("Advertisement All", "All")
            .Replace("GizmoChina", "Gizmochina").Replace("DxOMark", "DXOMARK")
            .Replace("Related Posts\n", "").Replace("recent posts\n", "").Replace("Subscribe to Updates\n", "");
        Assert.Equal(expected, File.ReadAllText(path));

        var again = Cli.Run(_folder, "check", "sample.txt", "--no-cache", "--no-progress");
        Assert.DoesNotContain("CD2001", again.Out);
        Assert.DoesNotContain("CD2002", again.Out);
        Assert.DoesNotContain("CD3002", again.Out);
        // The report after --fix already showed only what is left.
        Assert.Equal(again.Out, result.Out);
        Assert.Contains("CD2003", again.Out);
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        var path = CopySample();
        var before = File.ReadAllBytes(path);

        var result = Cli.Run(_folder, "check", "sample.txt", "--fix", "--dry-run", "--no-cache", "--no-progress");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.StartsWith("--- a/sample.txt\n+++ b/sample.txt\n@@ -", result.Out);
        Assert.Contains("\n-Advertisement But that wasn’t all he disclosed.", result.Out);
        Assert.Contains("\n+But that wasn’t all he disclosed.", result.Out);
        Assert.Contains("\n-Related Posts\n", result.Out);
        Assert.DoesNotContain("\n+Related Posts", result.Out);
    }

    [Fact]
    public void Fix_keeps_bom_crlf_and_missing_final_newline()
    {
        var path = Path.Combine(_folder, "crlf.md");
        var text = "# Notes\r\n\r\nAdvertisement The phone ships on Github today.\r\n\r\nRelated Posts\r\n\r\nLast line";
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        Cli.Run(_folder, "check", "crlf.md", "--fix", "--no-cache", "--no-progress");

        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("# Notes\r\n\r\nThe phone ships on GitHub today.\r\n\r\n\r\nLast line", Encoding.UTF8.GetString(bytes[3..]));
    }
}
