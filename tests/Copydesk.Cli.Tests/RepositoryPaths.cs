namespace Copydesk.Cli.Tests;

/// <summary>Finds the repository's folders from the test binaries, wherever the clone is.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SampleArticle => Path.Combine(Seeds, "000_781c75e40c296ea5.txt");

    public static string GoldenFolder => Path.Combine(Root, "tests", "Copydesk.Cli.Tests", "Golden");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MyProject.sln"))) return dir.FullName;
        throw new InvalidOperationException("MyProject.sln not found above " + AppContext.BaseDirectory);
    }
}

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
        var path = Path.Combine(RepositoryPaths.GoldenFolder, name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("COPYDESK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"Golden file {name} is missing; run with COPYDESK_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
