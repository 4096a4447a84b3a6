using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Copydesk.Cli.Tests.Robustness;

/// <summary>
/// `copydesk check` over a repository full of bad input: every bad file or folder yields its own
/// note, the good files beside it are reported completely, and the exit code is 2 only when the
/// tool could not do its job (an unreadable file or folder), never for input it could handle.
/// </summary>
public sealed class BadRepositoryTests : IDisposable
{
    private const string Finding = "Space , here.";
    private const string Good = "# Good\n\n" + Finding + "\n";
    private readonly string _root = Directory.CreateTempSubdirectory("copydesk-bad-repo-").FullName;

    private readonly List<string> _locked = [];

    public void Dispose()
    {
        foreach (var path in _locked) Chmod(path, (UnixFileMode)0x1FF);
        // Deleting removes links, never what they point to.
        Directory.Delete(_root, recursive: true);
    }

    private static void Chmod(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, mode);
    }

    private string Write(string relative, byte[] bytes)
    {
        var full = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    private string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    private void WriteGoodFiles()
    {
        Write("a-good.md", Good);
        Write("docs/z-good.txt", "Headline\n\n" + Finding + "\n");
        Write("docs/deeper/m-good.markdown", Good);
    }

    /// <summary>(path, ruleId, line, column) of each reported diagnostic, from the JSON report.</summary>
    private static List<(string Path, string Rule, int Line, int Column, string Severity)> Diagnostics(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("path").GetString()!, d.GetProperty("ruleId").GetString()!,
                d.GetProperty("startLine").GetInt32(), d.GetProperty("startColumn").GetInt32(), d.GetProperty("severity").GetString()!))
            .ToList();

    private static void AssertGoodFilesComplete(List<(string Path, string Rule, int Line, int Column, string Severity)> found)
    {
        foreach (var path in new[] { "a-good.md", "docs/z-good.txt", "docs/deeper/m-good.markdown" })
            Assert.Contains((path, "CD4002", 3, 6, "suggestion"), found);
    }

    [Fact]
    public void Bad_input_the_tool_can_handle_is_noted_per_file_and_does_not_make_exit_2()
    {
        WriteGoodFiles();
        Write("empty.md", "");
        Write("front-matter-only.md", "---\ntitle: Only front matter\n---\n");
        Write("utf16.md", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Good)]);
        Write("utf8-bom.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Good)]);
        Write("crlf.md", "# Title\r\n\r\nA line.\r\n" + Finding + "\r\n");
        Write("bad-utf8.md", [.. Encoding.UTF8.GetBytes("# Bad\n\nx "), 0xFF, .. Encoding.UTF8.GetBytes("\n\n" + Finding + "\n")]);
        Write("binary.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        Write("deep.md", new string('>', 10_000) + " deep\n\n" + Finding + "\n");
        Write("unclosed.md", "# Open\n\n" + Finding + "\n\n```\nnever closed , here\n");
        Write("bad-front-matter.md", "---\ntitle: [unclosed\n---\n" + Finding + "\n");

        var result = Cli.Run(_root, "check", "--format", "json", "--fail-on", "suggestion");
        var found = Diagnostics(result.Out);

        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Error}");
        AssertGoodFilesComplete(found);
        Assert.DoesNotContain(found, d => d.Path is "empty.md" or "front-matter-only.md");
        Assert.Contains(("utf16.md", "CD4002", 3, 6, "suggestion"), found);
        Assert.Contains(("utf8-bom.md", "CD4002", 3, 6, "suggestion"), found);
        Assert.Contains(("crlf.md", "CD4002", 4, 6, "suggestion"), found);
        Assert.Contains(("bad-utf8.md", "CD9001", 3, 3, "warning"), found);
        Assert.Contains(("bad-utf8.md", "CD4002", 5, 6, "suggestion"), found);
        Assert.Equal([("binary.md", "CD9006", 1, 1, "suggestion")], found.Where(d => d.Path == "binary.md"));
        Assert.Contains(("deep.md", "CD9002", 1, 1, "warning"), found);
        Assert.Contains(("deep.md", "CD4002", 3, 6, "suggestion"), found);
        Assert.Equal([("unclosed.md", "CD4002", 3, 6, "suggestion")], found.Where(d => d.Rule == "CD4002" && d.Path == "unclosed.md"));
        Assert.Contains(("bad-front-matter.md", "CD9003", 3, 1, "warning"), found);
        Assert.Contains(("bad-front-matter.md", "CD4002", 4, 6, "suggestion"), found);
    }

    [Fact]
    public void A_broken_link_makes_exit_2_and_the_other_results_are_still_complete()
    {
        WriteGoodFiles();
        File.CreateSymbolicLink(Path.Combine(_root, "docs", "broken.md"), Path.Combine(_root, "gone.md"));

        var result = Cli.Run(_root, "check", "--format", "json");
        var found = Diagnostics(result.Out);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(("docs/broken.md", "CD9001", 1, 1, "error"), found);
        AssertGoodFilesComplete(found);
        // The report is the only place the failure shows: no stack trace on stderr.
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Folder_links_to_a_parent_or_itself_end_the_search_and_list_each_file_once()
    {
        WriteGoodFiles();
        Directory.CreateSymbolicLink(Path.Combine(_root, "docs", "deeper", "up"), Path.Combine(_root, "docs"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "docs", "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(_root, "root-again"), _root);
        Directory.CreateSymbolicLink(Path.Combine(_root, "a-alias"), Path.Combine(_root, "docs", "deeper"));

        var result = Cli.Run(_root, "check", "--format", "json", "--fail-on", "suggestion");
        var paths = Diagnostics(result.Out).Select(d => d.Path).ToList();

        Assert.Equal(1, result.ExitCode);
        // Each real file once, under its own path rather than a path through a link.
        Assert.Equal(["a-good.md", "docs/deeper/m-good.markdown", "docs/z-good.txt"], paths.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(3, paths.Count(p => p != null));
    }

    [Fact]
    public void A_linked_folder_outside_the_search_is_followed()
    {
        using var outside = new TempTree();
        File.WriteAllText(Path.Combine(outside.Path, "shared.md"), Good);
        Directory.CreateSymbolicLink(Path.Combine(outside.Path, "back"), _root);
        WriteGoodFiles();
        Directory.CreateSymbolicLink(Path.Combine(_root, "shared"), outside.Path);

        var result = Cli.Run(_root, "check", "--format", "json", "--fail-on", "suggestion");
        var paths = Diagnostics(result.Out).Select(d => d.Path).ToList();

        Assert.Equal(["a-good.md", "docs/deeper/m-good.markdown", "docs/z-good.txt", "shared/shared.md"], paths);
    }

    [Fact]
    public void A_glob_through_a_link_loop_ends_too()
    {
        WriteGoodFiles();
        Directory.CreateSymbolicLink(Path.Combine(_root, "docs", "loop"), _root);

        var result = Cli.Run(_root, "check", "docs/**/*.md", "**/*.txt", "--format", "json", "--fail-on", "suggestion");

        Assert.Equal(1, result.ExitCode);
        // The link leads out of docs/ to a-good.md; the loop back into docs/ is not walked again,
        // and the second glob still finds what the first one passed by.
        Assert.Equal(["docs/loop/a-good.md", "docs/z-good.txt"], Diagnostics(result.Out).Where(d => d.Rule == "CD4002").Select(d => d.Path));
    }

    [SkippableFact]
    public void Unreadable_files_and_folders_make_exit_2_and_the_other_results_are_complete()
    {
        WriteGoodFiles();
        var lockedFile = Write("locked.md", Good);
        var lockedFolder = Path.GetDirectoryName(Write("private/hidden.md", Good))!;
        Skip.If(OperatingSystem.IsWindows(), "Unix permissions");
        _locked.AddRange([lockedFile, lockedFolder]);
        Chmod(lockedFile, UnixFileMode.None);
        Chmod(lockedFolder, UnixFileMode.None);

        // Root reads everything, so as root the real binary runs as the unprivileged user "nobody".
        var (exit, stdout, stderr) = Environment.IsPrivilegedProcess
            ? RunAsNobody("check", "--format", "json")
            : Cli.Run(_root, "check", "--format", "json") is var r ? (r.ExitCode, r.Out, r.Error) : default;
        var found = Diagnostics(stdout);

        Assert.True(exit == 2, $"exit {exit}: {stderr}");
        Assert.Contains(("locked.md", "CD9001", 1, 1, "error"), found);
        Assert.Contains(("private", "CD9001", 1, 1, "error"), found);
        AssertGoodFilesComplete(found);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void A_report_that_cannot_be_written_is_one_line_and_exit_2()
    {
        WriteGoodFiles();
        Directory.CreateDirectory(Path.Combine(_root, "report.sarif"));

        var result = Cli.Run(_root, "check", "--output", "report.sarif");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("copydesk: cannot write the report to report.sarif", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void An_unexpected_failure_is_one_line_on_stderr_and_exit_2_never_an_exception()
    {
        WriteGoodFiles();
        var stderr = new StringWriter();

        var exit = CopydeskCommandLine.Run(["check"], new FailingWriter(), stderr, _root);

        Assert.Equal(2, exit);
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("copydesk: internal error: IOException: Broken pipe", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", stderr.ToString());
        // Even with nowhere to write at all, the entry point returns instead of throwing.
        Assert.Equal(2, CopydeskCommandLine.Run(["check"], new FailingWriter(), new FailingWriter(), _root));
    }

    /// <summary>A writer whose reader went away, as stdout piped into a closed `head`.</summary>
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("Broken pipe");
        public override void Write(string? value) => throw new IOException("Broken pipe");
        public override void WriteLine(string? value) => throw new IOException("Broken pipe");
    }

    private sealed class TempTree : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("copydesk-outside-").FullName;
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    /// <summary>Runs the built tool as uid/gid 65534 through setpriv; skips when that is not possible here.</summary>
    private (int Exit, string Out, string Error) RunAsNobody(params string[] args)
    {
        var setpriv = new[] { "/usr/bin/setpriv", "/bin/setpriv" }.FirstOrDefault(File.Exists);
        Skip.If(setpriv is null, "running as root without setpriv: permissions cannot be tested here");
        var tool = Path.Combine(AppContext.BaseDirectory, "copydesk.dll");
        // nobody must reach the repository: the temp folder is private to root by default.
        Chmod(_root, (UnixFileMode)0x1ED);
        foreach (var dir in new[] { "docs", "docs/deeper" }) Chmod(Path.Combine(_root, dir), (UnixFileMode)0x1ED);

        var start = new ProcessStartInfo(setpriv!, ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", "exec", tool, .. args])
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["HOME"] = _root;
        start.Environment["DOTNET_CLI_HOME"] = _root;
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Skip.If(process.ExitCode is not (0 or 1 or 2) || !stdout.Result.TrimStart().StartsWith('{'),
            $"the tool could not run as nobody (exit {process.ExitCode}): {stderr.Result}");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
