using System.CommandLine;
using Copydesk.Cli.Checking;
using Copydesk.Cli.Commands;

namespace Copydesk.Cli;

/// <summary>
/// The whole command line as one call: arguments, writers and working directory in, exit code out,
/// so tests run it in-process exactly as the binary does.
/// </summary>
public static class CopydeskCommandLine
{
    public const int Success = 0;
    public const int FindingsAtOrAboveFailOn = 1;
    public const int ToolFailure = 2;

    /// <summary>Never throws: an unexpected failure becomes one line on stderr and exit code 2.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        try
        {
            return RunCommand(args, stdout, stderr, workingDirectory);
        }
        catch (Exception ex)
        {
            // Last resort: one line a build log can show, never a stack trace.
            try
            {
                stderr.WriteLine($"copydesk: internal error: {ex.GetType().Name}: {OneLine(ex.Message)}");
            }
            catch (Exception)
            {
                // stderr itself is gone (a closed pipe); the exit code still tells.
            }
            return ToolFailure;
        }
    }

    private static int RunCommand(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var console = new CliConsole(stdout, stderr, workingDirectory);
        if (CheckArguments.TryParse(args) is { } checkOptions)
            return ReportingUsageErrors(stderr, () => new CheckRunner(console).Run(checkOptions));
        return RunWithSystemCommandLine(args, console);
    }

    /// <summary>A method of its own: its System.CommandLine types are loaded only when it runs.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int RunWithSystemCommandLine(string[] args, CliConsole console)
    {
        var stdout = console.Out;
        var stderr = console.Error;
        var root = new RootCommand("Copydesk: finds editorial defects in Markdown and text articles.");
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(HookCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(ExplainCommand.Create(console));
        root.Subcommands.Add(InitCommand.Create(console));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"copydesk: {OneLine(parse.Errors[0].Message)}");
            return ToolFailure;
        }
        return ReportingUsageErrors(stderr,
            () => parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }));
    }

    private static int ReportingUsageErrors(TextWriter stderr, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (CliUsageException ex)
        {
            stderr.WriteLine($"copydesk: {ex.Message}");
            return ToolFailure;
        }
    }

    private static string OneLine(string message) =>
        string.Join(" ", message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
}

/// <summary>Where a command reads and writes, and which folder it runs in.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    // A lambda: a method group would load System.Console at every start.
    public Func<Stream> OpenInput { get; init; } = static () => Console.OpenStandardInput();
}

/// <summary>A mistake in how the tool was called: one line on stderr and exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
