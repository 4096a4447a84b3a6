using Copydesk.Hooks.Tests.Support;

namespace Copydesk.Hooks.Tests;

/// <summary>`check --changed-since REF`: only articles changed since REF, read from the working tree.</summary>
public sealed class ChangedSinceTests : IDisposable
{
    private readonly TempGitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private List<string> CheckedPaths(string reference, params string[] extra)
    {
        var result = InProcess.Run(_repo.Root, ["check", "--changed-since", reference, "--format", "json", .. extra]);
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        return StagedCheckTests.ReportedPaths(result.Out);
    }

    [Fact]
    public void Modified_added_and_untracked_articles_are_checked_and_the_rest_is_not()
    {
        foreach (var path in new[] { "untouched.md", "modified.md", "deleted.md" })
            _repo.Write(path, Articles.WithDefect);
        _repo.CommitAll("base");

        _repo.Write("modified.md", Articles.WithDefect + "\nOne more line.\n");
        File.Delete(_repo.PathOf("deleted.md"));
        _repo.Write("committed-later.md", Articles.WithDefect);
        _repo.CommitAll("second");
        _repo.Write("untracked.txt", Articles.WithDefect);
        _repo.Write("ignored.md", Articles.WithDefect);
        _repo.Write(".gitignore", "ignored.md\n");

        Assert.Equal(["committed-later.md", "modified.md", "untracked.txt"], CheckedPaths("HEAD~1"));
        Assert.Equal(["untracked.txt"], CheckedPaths("HEAD"));
        Assert.Equal(["modified.md"], CheckedPaths("HEAD~1", "modified.md", "untouched.md"));
    }

    [Fact]
    public void A_branch_sees_only_its_own_changes_since_it_left_the_ref()
    {
        _repo.Write("base.md", Articles.WithDefect);
        _repo.CommitAll("base");
        _repo.Git("checkout", "--quiet", "-b", "feature");
        _repo.Write("feature.md", Articles.WithDefect);
        _repo.CommitAll("feature work");
        _repo.Git("checkout", "--quiet", "main");
        _repo.Write("main-only.md", Articles.WithDefect);
        _repo.CommitAll("main moves on");
        _repo.Git("checkout", "--quiet", "feature");

        Assert.Equal(["feature.md"], CheckedPaths("main"));
    }

    [Fact]
    public void An_unknown_ref_is_a_usage_error()
    {
        _repo.Write("a.md", Articles.Clean);
        _repo.CommitAll("base");

        var result = InProcess.Run(_repo.Root, "check", "--changed-since", "no-such-ref");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-ref", result.Error);
    }
}
