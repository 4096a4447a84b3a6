using Copydesk.Tests;

namespace Copydesk.MSBuild.Tests.EndToEnd;

/// <summary>
/// Packs Copydesk.MSBuild once per test run into artifacts/packages with a version no earlier run
/// used (the NuGet cache keeps the first copy of a version forever), and gives every docs project
/// of the run one throwaway package folder, so the package is extracted once and never stale.
/// </summary>
public sealed class PackedPackageFixture : IDisposable
{
    public PackedPackageFixture()
    {
        RepositoryRoot = RepositoryPaths.Root;
        FeedDirectory = Path.Combine(RepositoryRoot, "artifacts", "packages");
        WorkDirectory = Path.Combine(Path.GetTempPath(), "copydesk-msbuild-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(WorkDirectory);
        Version = $"0.1.0-e2e.{DateTime.UtcNow.Ticks}";

        PackagePath = Path.Combine(FeedDirectory, $"Copydesk.MSBuild.{Version}.nupkg");
        try
        {
            // Its own artifacts path: a parallel build of the same projects elsewhere never shares obj/ with this pack.
            var pack = DotnetProcess.Run(RepositoryRoot, null,
                "pack", Path.Combine(RepositoryRoot, "src", "Copydesk.MSBuild", "Copydesk.MSBuild.csproj"),
                "-c", "Release", "-o", FeedDirectory, $"-p:Version={Version}",
                "--artifacts-path", Path.Combine(WorkDirectory, "pack-build"));
            if (pack.ExitCode != 0) throw new InvalidOperationException($"dotnet pack failed:\n{pack}");
            if (!File.Exists(PackagePath)) throw new InvalidOperationException($"dotnet pack did not produce {PackagePath}:\n{pack}");
        }
        catch
        {
            // xunit does not dispose a fixture whose constructor threw.
            Dispose();
            throw;
        }

        BuildEnvironment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(WorkDirectory, "nuget-packages") };
    }

    public string RepositoryRoot { get; }
    public string FeedDirectory { get; }
    public string WorkDirectory { get; }
    public string Version { get; }
    public string PackagePath { get; }
    public IReadOnlyDictionary<string, string> BuildEnvironment { get; }

    public static string SamplePath => RepositoryPaths.SampleArticle;

    /// <summary>A fresh docs-only project (Microsoft.NET.Sdk, no sources) that references the package, with a copy of the sample and a Markdown page.</summary>
    public DocsProject CreateDocsProject(string name, string sdk = "Microsoft.NET.Sdk", string projectFileName = "Docs.csproj",
        string frameworks = "<TargetFramework>net10.0</TargetFramework>")
    {
        var directory = Path.Combine(WorkDirectory, name);
        Directory.CreateDirectory(directory);
        LocalFeed.WriteNuGetConfig(directory, FeedDirectory);
        File.WriteAllText(Path.Combine(directory, projectFileName), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                {frameworks}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Copydesk.MSBuild" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        var article = Path.Combine(directory, Path.GetFileName(SamplePath));
        File.Copy(SamplePath, article);
        // A Markdown page with a broken C# snippet: the task parses it with the Roslyn it carries.
        var guide = Path.Combine(directory, "docs", "guide.md");
        Directory.CreateDirectory(Path.GetDirectoryName(guide)!);
        File.WriteAllText(guide, """
            # Calling the service

            Create one client and reuse it for every request.

            ```csharp
            var client = new ServiceClient(options;
            ```
            """);
        return new DocsProject(directory, article, [article, guide], BuildEnvironment);
    }

    public void Dispose()
    {
        Cleanup.Quietly(() => File.Delete(PackagePath));
        Cleanup.Quietly(() => Directory.Delete(WorkDirectory, recursive: true));
    }
}

/// <summary>A throwaway docs project on disk and how to build it.</summary>
public sealed record DocsProject(string Directory, string ArticlePath, IReadOnlyList<string> Documents, IReadOnlyDictionary<string, string> Environment)
{
    public ProcessResult Build(params string[] arguments) =>
        DotnetProcess.Run(Directory, Environment, ["build", "-nr:false", "-tl:off", .. arguments]);
}
