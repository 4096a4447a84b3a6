namespace Copydesk.Hooks.Tests.Support;

/// <summary>Finds this checkout and the built tool from the test binaries, wherever the clone is.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleArticle => Path.Combine(Root, "seeds", "000_781c75e40c296ea5.txt");

    public static string LocalFeed => Path.Combine(Root, "artifacts", "packages");

    /// <summary>The copydesk.dll built next to these tests (the Cli project is referenced).</summary>
    public static string BuiltTool => Path.Combine(AppContext.BaseDirectory, "copydesk.dll");

    /// <summary>Debug or Release: what these tests, and so the Cli project, were built as.</summary>
    public static string Configuration =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MyProject.sln"))) return dir.FullName;
        throw new InvalidOperationException("MyProject.sln not found above " + AppContext.BaseDirectory);
    }
}
