using Copydesk.Hooks.Tests.Support;
using Copydesk.Tests;

namespace Copydesk.Hooks.Tests;

/// <summary>
/// The real pre-commit framework with this repository as the hook repository, at its current commit:
/// pre-commit clones it, packs it (`language: dotnet`), installs the tool and runs it on the commit.
/// </summary>
public sealed class PreCommitFrameworkTests : IDisposable
{
    private readonly TempGitRepo _repo = new();
    private readonly string _preCommitHome = Directory.CreateTempSubdirectory("copydesk-pre-commit-home-").FullName;

    public void Dispose()
    {
        _repo.Dispose();
        Directory.Delete(_preCommitHome, recursive: true);
    }

    [Fact]
    public void A_commit_with_a_defect_is_refused_with_the_finding_and_the_fixed_commit_goes_through()
    {
        var preCommit = FindOnPath("pre-commit");
        Assert.True(preCommit is not null,
            "The pre-commit framework is not installed; install it with 'apt-get install -y pre-commit' (bash .ci/run does).");

        var head = ProcessRunner.RunChecked(RepositoryPaths.Root, "git", ["rev-parse", "HEAD"]).Out.Trim();
        _repo.Write(".pre-commit-config.yaml", $"""
            repos:
              - repo: {RepositoryPaths.Root}
                rev: {head}
                hooks:
                  - id: copydesk

            """);
        _repo.CommitAll("add the pre-commit configuration");
        // pre-commit refuses to install while core.hooksPath is set, and the default .git/hooks is what it uses.
        _repo.Git("config", "--unset", "core.hooksPath");
        var environment = new Dictionary<string, string?> { ["PRE_COMMIT_HOME"] = _preCommitHome };
        ProcessRunner.RunChecked(_repo.Root, preCommit!, ["install"], environment);

        _repo.Write("news/leica.md", Articles.WithDefect);
        _repo.Git("add", "news/leica.md");
        var refused = _repo.TryGit(environment, "commit", "-m", "add the Leica story");

        Assert.True(refused.ExitCode != 0, refused.ToString());
        Assert.Contains($"news/leica.md({Articles.DefectLine},1,", refused.Both);
        Assert.Contains($"error {Articles.DefectRuleId}", refused.Both);
        Assert.Equal("add the pre-commit configuration", _repo.Git("log", "-1", "--format=%s").Out.Trim());

        _repo.Write("news/leica.md", Articles.Clean);
        _repo.Git("add", "news/leica.md");
        var accepted = _repo.TryGit(environment, "commit", "-m", "add the Leica story");

        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Contains("copydesk", accepted.Both);
        Assert.Contains("Passed", accepted.Both);
        Assert.Equal("add the Leica story", _repo.Git("log", "-1", "--format=%s").Out.Trim());
    }

    private static string? FindOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, command))
            .FirstOrDefault(File.Exists);
}
