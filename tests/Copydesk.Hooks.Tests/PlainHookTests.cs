using Copydesk.Hooks.Tests.Support;

namespace Copydesk.Hooks.Tests;

/// <summary>
/// The hook `copydesk hook install` writes, run by a real `git commit`. The `copydesk` command it calls
/// is the tool built next to these tests, put first on PATH.
/// </summary>
public sealed class PlainHookTests : IDisposable
{
    private readonly TempGitRepo _repo = new();
    private readonly string _bin = Directory.CreateTempSubdirectory("copydesk-bin-").FullName;

    public PlainHookTests()
    {
        var shim = Path.Combine(_bin, "copydesk");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{BuildOutputs.BuiltTool}\" \"$@\"\n");
        File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        _repo.Write("README.md", Articles.Clean);
        _repo.CommitAll("base");
        var install = InProcess.Run(_repo.Root, "hook", "install");
        Assert.True(install.ExitCode == 0, install.ToString());
    }

    public void Dispose()
    {
        _repo.Dispose();
        Directory.Delete(_bin, recursive: true);
    }

    private ProcessRunner.Result Commit(string message) =>
        _repo.TryGit(new Dictionary<string, string?> { ["PATH"] = _bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") },
            "commit", "-m", message);

    private string HeadSubject => _repo.Git("log", "-1", "--format=%s").Out.Trim();

    [Fact]
    public void A_bad_staged_version_is_refused_even_when_the_working_tree_is_fixed()
    {
        _repo.Write("news/leica.md", Articles.WithDefect);
        _repo.Git("add", "news/leica.md");
        _repo.Write("news/leica.md", Articles.Clean);

        var commit = Commit("add the Leica story");

        Assert.True(commit.ExitCode != 0, commit.ToString());
        Assert.Contains($"news/leica.md({Articles.DefectLine},1,", commit.Both);
        Assert.Contains($"error {Articles.DefectRuleId}", commit.Both);
        Assert.Equal("base", HeadSubject);
    }

    [Fact]
    public void A_good_staged_version_goes_through_even_when_the_working_tree_is_bad()
    {
        _repo.Write("news/leica.md", Articles.Clean);
        _repo.Git("add", "news/leica.md");
        _repo.Write("news/leica.md", Articles.WithDefect);

        var commit = Commit("add the Leica story");

        Assert.True(commit.ExitCode == 0, commit.ToString());
        Assert.Equal("add the Leica story", HeadSubject);
        Assert.Equal(Articles.Clean, _repo.Git("show", "HEAD:news/leica.md").Out);
        // The hook leaves nothing of its own behind for `git add -A` (its result cache ignores itself).
        Assert.Equal(" M news/leica.md", _repo.Git("status", "--porcelain").Out.TrimEnd());
    }

    [Fact]
    public void Commit_all_checks_the_index_git_builds_for_it()
    {
        _repo.Write("README.md", Articles.WithDefect);

        var commit = _repo.TryGit(new Dictionary<string, string?> { ["PATH"] = _bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") },
            "commit", "--all", "-m", "edit the readme");

        Assert.True(commit.ExitCode != 0, commit.ToString());
        Assert.Contains($"README.md({Articles.DefectLine},1,", commit.Both);
    }

    [Fact]
    public void Without_the_tool_on_PATH_the_hook_stops_the_commit_and_says_how_to_install_it()
    {
        _repo.Write("news/leica.md", Articles.Clean);
        _repo.Git("add", "news/leica.md");

        var commit = _repo.TryGit(new Dictionary<string, string?> { ["PATH"] = "/usr/bin:/bin" }, "commit", "-m", "add the Leica story");

        Assert.True(commit.ExitCode != 0, commit.ToString());
        Assert.Contains("dotnet tool install --global Copydesk", commit.Error);
        Assert.Equal("base", HeadSubject);
    }
}
