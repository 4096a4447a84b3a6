global using Copydesk.Tests;

namespace Copydesk.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CopydeskCommandLine.Run(args, stdout, stderr, workingDirectory);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>
/// Plain golden files: a mismatch fails with both texts; COPYDESK_UPDATE_GOLDEN=1 rewrites them
/// (review the diff before you commit it).
/// </summary>
public static class Golden
{
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "Copydesk.Cli.Tests", "Golden", name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("COPYDESK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"Golden file {name} is missing; run with COPYDESK_UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual,
            $"{name} differs (rerun with COPYDESK_UPDATE_GOLDEN=1 and review the diff).\nExpected:\n{expected}\nActual:\n{actual}");
    }
}
