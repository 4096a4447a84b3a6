using Copydesk.Cli.Checking;

namespace Copydesk.Cli.Hooks;

/// <summary>
/// The plain git pre-commit hook that `copydesk hook install` writes. The file carries a marker line,
/// so uninstall removes only a hook Copydesk wrote and install never overwrites someone else's
/// (unless forced, and then the old hook is kept next to it and restored on uninstall).
/// </summary>
public sealed class PreCommitHook
{
    public const string Marker = "# copydesk-hook: written by `copydesk hook install`; `copydesk hook uninstall` removes it.";
    public const string BackupSuffix = ".before-copydesk";

    private PreCommitHook(string path, string displayPath)
    {
        FullPath = path;
        DisplayPath = displayPath;
    }

    public string FullPath { get; }

    /// <summary>The hook's path relative to the working directory, for messages.</summary>
    public string DisplayPath { get; }

    public string BackupPath => FullPath + BackupSuffix;

    /// <summary>Where git looks for the pre-commit hook: .git/hooks, or core.hooksPath when set.</summary>
    public static PreCommitHook Locate(string workingDirectory)
    {
        var hooksFolder = GitProcess.RunText(workingDirectory, "rev-parse", "--git-path", "hooks");
        var path = Path.GetFullPath(Path.Combine(workingDirectory, hooksFolder, "pre-commit"));
        return new PreCommitHook(path, FileDiscovery.DisplayPath(path, workingDirectory));
    }

    public bool Exists => File.Exists(FullPath);

    public bool IsOurs => Exists && File.ReadLines(FullPath).Any(line => line == Marker);

    /// <summary>The script: the staged check, run with <paramref name="command"/> (`copydesk` or `dotnet copydesk`).</summary>
    public static string Script(string command)
    {
        var lines = new List<string>
        {
            "#!/bin/sh",
            Marker,
            "# Checks the staged version of the staged Markdown and text articles; an error-level finding stops the commit.",
        };
        if (command == GlobalCommand)
        {
            lines.Add($"command -v {GlobalCommand} >/dev/null 2>&1 || {{");
            lines.Add("  echo \"copydesk pre-commit hook: the copydesk command is not on PATH; install it with 'dotnet tool install --global Copydesk'.\" >&2");
            lines.Add("  exit 1");
            lines.Add("}");
        }
        lines.Add($"exec {command} check --staged");
        return string.Join("\n", lines) + "\n";
    }

    public const string GlobalCommand = "copydesk";
    public const string LocalToolCommand = "dotnet copydesk";

    /// <summary>`dotnet copydesk` when the repository's local tool manifest lists Copydesk, else the global command.</summary>
    public static string CommandFor(string workTreeRoot)
    {
        foreach (var manifest in new[] { Path.Combine(workTreeRoot, ".config", "dotnet-tools.json"), Path.Combine(workTreeRoot, "dotnet-tools.json") })
        {
            if (!File.Exists(manifest)) continue;
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
                if (json.RootElement.TryGetProperty("tools", out var tools)
                    && tools.EnumerateObject().Any(t => t.Name.Equals("copydesk", StringComparison.OrdinalIgnoreCase)))
                    return LocalToolCommand;
            }
            catch (System.Text.Json.JsonException)
            {
                // A manifest dotnet cannot read either; the global command is the better guess.
            }
        }
        return GlobalCommand;
    }

    public void Write(string command)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FullPath)!);
        File.WriteAllText(FullPath, Script(command));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(FullPath, File.GetUnixFileMode(FullPath) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
    }
}
