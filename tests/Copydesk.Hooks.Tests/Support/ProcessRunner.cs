using System.Diagnostics;

namespace Copydesk.Hooks.Tests.Support;

/// <summary>Runs a real process (git, dotnet, pre-commit) and captures what it prints.</summary>
public static class ProcessRunner
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string Both => Out + Error;

        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
    }

    public static Result Run(string workingDirectory, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Git variables from an enclosing hook or rebase would point git at the wrong repository.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GIT_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(name);
        // Variables the test run's own MSBuild sets would steer a nested `dotnet pack` to the wrong SDK parts.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Copydesk Tests";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "tests@copydesk.invalid";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Runs and fails the test with the full output when the exit code is not 0.</summary>
    public static Result RunChecked(string workingDirectory, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var result = Run(workingDirectory, fileName, arguments, environment);
        Assert.True(result.ExitCode == 0, $"{fileName} {string.Join(' ', arguments)} in {workingDirectory} failed:\n{result}");
        return result;
    }
}
