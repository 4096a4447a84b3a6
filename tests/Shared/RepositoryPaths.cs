namespace Copydesk.Tests;

/// <summary>Finds the repository's folders from the test binaries, wherever the clone is. Linked into every test project.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SampleArticle => Path.Combine(Seeds, "000_781c75e40c296ea5.txt");

    /// <summary>The shared corpus of real docs lies beside the clone; null where it is missing.</summary>
    public static string? Corpus { get; } = FindCorpus();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MyProject.sln"))) return dir.FullName;
        throw new InvalidOperationException("MyProject.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "cpp-docs-1k");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
