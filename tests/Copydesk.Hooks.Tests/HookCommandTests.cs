using Copydesk.Cli.Hooks;
using Copydesk.Hooks.Tests.Support;

namespace Copydesk.Hooks.Tests;

/// <summary>`copydesk hook install|uninstall`: where the hook goes, and that only Copydesk's own hook is touched.</summary>
public sealed class HookCommandTests : IDisposable
{
    private readonly TempGitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private string HookPath => _repo.PathOf(".git/hooks/pre-commit");

    [Fact]
    public void Install_writes_an_executable_marked_hook_that_runs_the_staged_check()
    {
        var result = InProcess.Run(_repo.Root, "hook", "install");

        Assert.True(result.ExitCode == 0, result.ToString());
        var script = File.ReadAllText(HookPath);
        Assert.StartsWith("#!/bin/sh\n", script);
        Assert.Contains(PreCommitHook.Marker, script);
        Assert.Contains("exec copydesk check --staged\n", script);
        Assert.True(File.GetUnixFileMode(HookPath).HasFlag(UnixFileMode.UserExecute));
        Assert.Contains(".git/hooks/pre-commit", result.Out);
    }

    [Fact]
    public void Install_follows_core_hooksPath_from_a_subfolder()
    {
        _repo.Git("config", "core.hooksPath", "tools/hooks");
        Directory.CreateDirectory(_repo.PathOf("docs"));

        var result = InProcess.Run(_repo.PathOf("docs"), "hook", "install");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(_repo.PathOf("tools/hooks/pre-commit")));
        Assert.False(File.Exists(HookPath));
        Assert.Contains("../tools/hooks/pre-commit", result.Out);
    }

    [Fact]
    public void Install_uses_the_local_tool_when_the_manifest_lists_it()
    {
        _repo.Write(".config/dotnet-tools.json", """
            { "version": 1, "isRoot": true, "tools": { "copydesk": { "version": "0.1.0", "commands": ["copydesk"] } } }
            """);

        InProcess.Run(_repo.Root, "hook", "install");

        Assert.Contains("exec dotnet copydesk check --staged\n", File.ReadAllText(HookPath));
    }

    [Fact]
    public void A_foreign_hook_is_refused_then_kept_aside_with_force_and_restored_on_uninstall()
    {
        const string foreign = "#!/bin/sh\necho someone else's hook\n";
        _repo.Write(".git/hooks/pre-commit", foreign);

        var refused = InProcess.Run(_repo.Root, "hook", "install");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("not written by Copydesk", refused.Error);
        Assert.Contains("--force", refused.Error);
        Assert.Equal(foreign, File.ReadAllText(HookPath));

        var forced = InProcess.Run(_repo.Root, "hook", "install", "--force");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains(PreCommitHook.Marker, File.ReadAllText(HookPath));
        Assert.Equal(foreign, File.ReadAllText(HookPath + PreCommitHook.BackupSuffix));

        var removed = InProcess.Run(_repo.Root, "hook", "uninstall");

        Assert.True(removed.ExitCode == 0, removed.ToString());
        Assert.Equal(foreign, File.ReadAllText(HookPath));
        Assert.False(File.Exists(HookPath + PreCommitHook.BackupSuffix));
    }

    [Fact]
    public void Uninstall_removes_only_what_install_wrote()
    {
        Assert.Equal(0, InProcess.Run(_repo.Root, "hook", "install").ExitCode);
        Assert.Equal(0, InProcess.Run(_repo.Root, "hook", "install").ExitCode);

        Assert.Equal(0, InProcess.Run(_repo.Root, "hook", "uninstall").ExitCode);
        Assert.False(File.Exists(HookPath));

        const string foreign = "#!/bin/sh\nexit 0\n";
        _repo.Write(".git/hooks/pre-commit", foreign);
        var leftAlone = InProcess.Run(_repo.Root, "hook", "uninstall");

        Assert.Equal(0, leftAlone.ExitCode);
        Assert.Contains("not written by Copydesk", leftAlone.Out);
        Assert.Equal(foreign, File.ReadAllText(HookPath));
    }

    [Fact]
    public void Outside_a_git_repository_install_fails_with_exit_2()
    {
        var folder = Directory.CreateTempSubdirectory("copydesk-nogit-").FullName;
        try
        {
            var result = InProcess.Run(folder, "hook", "install");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("not a git repository", result.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
