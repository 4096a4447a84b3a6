using Copydesk.Hooks.Tests.Support;

namespace Copydesk.Hooks.Tests;

/// <summary>`check --staged`: the index decides what is checked and with which content.</summary>
public sealed class StagedCheckTests : IDisposable
{
    private readonly TempGitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private InProcess.Result CheckStaged(string workingDirectory, params string[] extra) =>
        InProcess.Run(workingDirectory, ["check", "--staged", .. extra]);

    [Fact]
    public void The_staged_version_is_checked_not_the_working_tree()
    {
        _repo.Write("docs/a.md", Articles.WithDefect);
        _repo.Git("add", "docs/a.md");
        _repo.Write("docs/a.md", Articles.Clean);

        var badStaged = CheckStaged(_repo.Root);

        Assert.True(badStaged.ExitCode == 1, badStaged.ToString());
        Assert.Contains($"docs/a.md({Articles.DefectLine},1,", badStaged.Out);
        Assert.Contains($"error {Articles.DefectRuleId}", badStaged.Out);

        _repo.Git("add", "docs/a.md");
        _repo.Write("docs/a.md", Articles.WithDefect);

        var goodStaged = CheckStaged(_repo.Root);

        Assert.True(goodStaged.ExitCode == 0, goodStaged.ToString());
        Assert.Equal("", goodStaged.Out);
    }

    [Fact]
    public void Paths_are_relative_to_the_working_directory()
    {
        _repo.Write("docs/guide/a.md", Articles.WithDefect);
        _repo.Write("b.txt", Articles.WithDefect);
        _repo.Git("add", "--all");

        var atRoot = CheckStaged(_repo.Root, "--format", "json");
        var inSubfolder = CheckStaged(_repo.PathOf("docs"), "--format", "json");

        Assert.Equal(["b.txt", "docs/guide/a.md"], ReportedPaths(atRoot.Out));
        Assert.Equal(["../b.txt", "guide/a.md"], ReportedPaths(inSubfolder.Out));
    }

    [Fact]
    public void Unchanged_deleted_non_article_and_linked_files_are_skipped_quietly()
    {
        _repo.Write("committed.md", Articles.WithDefect);
        _repo.Write("removed.md", Articles.WithDefect);
        _repo.CommitAll("base");

        _repo.Git("rm", "--quiet", "removed.md");
        _repo.Write("notes.cs", "// A stray space , here.\n");
        _repo.Write("image.png", "\u0000PNG , not text");
        File.CreateSymbolicLink(_repo.PathOf("link.md"), "committed.md");
        _repo.Write("new.md", Articles.Clean);
        _repo.Git("add", "--all");

        var result = CheckStaged(_repo.Root, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(ReportedPaths(result.Out));
        Assert.StartsWith("copydesk: 1 file(s) checked", result.Error);
    }

    [Fact]
    public void Paths_on_the_command_line_narrow_the_staged_files()
    {
        foreach (var path in new[] { "a.md", "docs/b.md", "docs/c.txt", "other/d.md" })
            _repo.Write(path, Articles.WithDefect);
        _repo.Write("unstaged.md", Articles.WithDefect);
        _repo.Git("add", "a.md", "docs", "other");

        var byFile = CheckStaged(_repo.Root, "--format", "json", "a.md", "unstaged.md");
        var byFolder = CheckStaged(_repo.Root, "--format", "json", "docs");
        var byGlob = CheckStaged(_repo.Root, "--format", "json", "**/*.txt");

        Assert.Equal(["a.md"], ReportedPaths(byFile.Out));
        Assert.Equal(["docs/b.md", "docs/c.txt"], ReportedPaths(byFolder.Out));
        Assert.Equal(["docs/c.txt"], ReportedPaths(byGlob.Out));
    }

    [Fact]
    public void Nothing_staged_checks_nothing()
    {
        _repo.Write("a.md", Articles.WithDefect);

        var result = CheckStaged(_repo.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Outside_a_git_repository_the_tool_fails_with_one_line()
    {
        var folder = Directory.CreateTempSubdirectory("copydesk-nogit-").FullName;
        try
        {
            var result = InProcess.Run(folder, "check", "--staged");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("not a git repository", result.Error);
            Assert.Single(result.Error.TrimEnd().Split('\n'));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "check", "--staged", "--changed-since", "HEAD" }, "cannot be used together")]
    [InlineData(new[] { "check", "--staged", "--stdin-filename", "a.md" }, "--stdin-filename cannot be used")]
    public void Conflicting_options_are_usage_errors(string[] args, string message)
    {
        var result = InProcess.Run(_repo.Root, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    internal static List<string> ReportedPaths(string json)
    {
        using var report = System.Text.Json.JsonDocument.Parse(json);
        return report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.GetProperty("path").GetString()!)
            .Distinct()
            .ToList();
    }
}
