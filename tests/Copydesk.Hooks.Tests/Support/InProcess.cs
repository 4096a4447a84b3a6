using System.Text.RegularExpressions;
using Copydesk.Cli;

namespace Copydesk.Hooks.Tests.Support;

/// <summary>Runs the command line in-process, as the binary would in <paramref name="workingDirectory"/>.</summary>
public static class InProcess
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
    }

    public static Result Run(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CopydeskCommandLine.Run(args, stdout, stderr, workingDirectory);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// The sample checked without the cache: a built tool reading what an in-process run of the same build
    /// cached would only hand back that run's results.
    /// </summary>
    public static readonly string[] CheckTheSample = ["check", "seeds", "--no-cache"];

    /// <summary>A built tool's run printed what the in-process run printed, timings aside, and exited alike.</summary>
    public static void AssertSameAs(Result expected, ProcessRunner.Result actual)
    {
        Assert.True(expected.ExitCode == actual.ExitCode, $"in-process:\n{expected}\nbuilt tool:\n{actual}");
        Assert.NotEqual("", expected.Out);
        Assert.Equal(expected.Out, actual.Out);
        Assert.Equal(WithoutTimings(expected.Error), WithoutTimings(actual.Error));
    }

    private static string WithoutTimings(string text) => Regex.Replace(text, @" in \d+\.\d+ s", " in N s");
}
