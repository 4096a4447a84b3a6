using System.CommandLine;
using Copydesk.Cli.Checking;
using Copydesk.Cli.Hooks;

namespace Copydesk.Cli.Commands;

/// <summary>`copydesk hook install|uninstall`: a plain git pre-commit hook that runs `copydesk check --staged`.</summary>
public static class HookCommand
{
    public static Command Create(CliConsole console)
    {
        var force = new Option<bool>("--force")
        {
            Description = "Replace a pre-commit hook that Copydesk did not write (it is kept as pre-commit" + PreCommitHook.BackupSuffix + ").",
        };
        var install = new Command("install", "Write a git pre-commit hook that checks the staged articles.") { force };
        install.SetAction(result => Install(console, result.GetValue(force)));

        var uninstall = new Command("uninstall", "Remove the pre-commit hook that `copydesk hook install` wrote, and nothing else.");
        uninstall.SetAction(_ => Uninstall(console));

        return new Command("hook", "Install or remove the git pre-commit hook.") { install, uninstall };
    }

    private static int Install(CliConsole console, bool force)
    {
        var hook = PreCommitHook.Locate(console.WorkingDirectory);
        if (hook.Exists && !hook.IsOurs)
        {
            if (!force)
            {
                console.Error.WriteLine($"copydesk: {hook.DisplayPath} already exists and was not written by Copydesk; " +
                                        "add 'copydesk check --staged' to it yourself, or run 'copydesk hook install --force' to replace it (the old hook is kept).");
                return CopydeskCommandLine.ToolFailure;
            }
            File.Move(hook.FullPath, hook.BackupPath, overwrite: true);
            console.Out.WriteLine($"Kept the existing hook as {hook.DisplayPath}{PreCommitHook.BackupSuffix}.");
        }
        var command = PreCommitHook.CommandFor(GitProcess.WorkTreeRoot(console.WorkingDirectory));
        hook.Write(command);
        console.Out.WriteLine($"Installed the pre-commit hook at {hook.DisplayPath}: it runs '{command} check --staged'.");
        return CopydeskCommandLine.Success;
    }

    private static int Uninstall(CliConsole console)
    {
        var hook = PreCommitHook.Locate(console.WorkingDirectory);
        if (!hook.IsOurs)
        {
            console.Out.WriteLine(hook.Exists
                ? $"{hook.DisplayPath} was not written by Copydesk; left as it is."
                : $"No pre-commit hook at {hook.DisplayPath}; nothing to remove.");
            return CopydeskCommandLine.Success;
        }
        File.Delete(hook.FullPath);
        if (File.Exists(hook.BackupPath))
        {
            File.Move(hook.BackupPath, hook.FullPath);
            console.Out.WriteLine($"Removed the Copydesk pre-commit hook and restored the one it replaced at {hook.DisplayPath}.");
        }
        else
        {
            console.Out.WriteLine($"Removed the Copydesk pre-commit hook at {hook.DisplayPath}.");
        }
        return CopydeskCommandLine.Success;
    }
}
