using System.Diagnostics;
using System.Text;

namespace Copydesk.Cli.Checking;

/// <summary>
/// Runs git as a child process in a given folder. The environment is inherited on purpose: inside a
/// hook, git points GIT_INDEX_FILE at the index being committed (`git commit -a`, `git commit PATH`).
/// </summary>
public static class GitProcess
{
    /// <summary>Runs git and returns its standard output; a failure becomes a usage error with git's own message.</summary>
    public static byte[] Run(string workingDirectory, IReadOnlyList<string> arguments, byte[]? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new CliUsageException("could not start git");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new CliUsageException($"git is needed for this option and could not be started: {ex.Message}");
        }

        using (process)
        {
            // Read both streams while writing the input, so a full pipe never stalls either side.
            using var output = new MemoryStream();
            var copyOutput = process.StandardOutput.BaseStream.CopyToAsync(output);
            var readError = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                process.StandardInput.BaseStream.Write(input);
                process.StandardInput.Close();
            }
            copyOutput.GetAwaiter().GetResult();
            var error = readError.GetAwaiter().GetResult();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new CliUsageException($"git {arguments[0]} failed: {FirstLine(error)}");
            return output.ToArray();
        }
    }

    /// <summary>Runs git and returns its output as text without the trailing newline.</summary>
    public static string RunText(string workingDirectory, params string[] arguments) =>
        Encoding.UTF8.GetString(Run(workingDirectory, arguments)).TrimEnd('\n', '\r');

    /// <summary>NUL-separated output (`-z`) split into its fields; paths come back exactly as stored.</summary>
    public static IReadOnlyList<string> RunNulSeparated(string workingDirectory, params string[] arguments) =>
        Encoding.UTF8.GetString(Run(workingDirectory, arguments)).Split('\0', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The top of the work tree as seen from <paramref name="workingDirectory"/>, without resolving symbolic links.</summary>
    public static string WorkTreeRoot(string workingDirectory)
    {
        var upToRoot = RunText(workingDirectory, "rev-parse", "--show-cdup");
        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(workingDirectory, upToRoot)));
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return string.IsNullOrEmpty(line) ? "no message" : line;
    }
}
