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
}
