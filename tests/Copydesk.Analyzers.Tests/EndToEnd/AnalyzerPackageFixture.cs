using System.Reflection;
using Copydesk.Tests;

namespace Copydesk.Analyzers.Tests.EndToEnd;

/// <summary>
/// Packs Copydesk.Analyzers once per test run into artifacts/packages, from the build these tests run on,
/// with a version no earlier run used, and restores every throwaway project into its own package folder,
/// so the compiler never loads a stale analyzer.
/// </summary>
public sealed class AnalyzerPackageFixture : IDisposable
{
    public AnalyzerPackageFixture()
    {
        FeedDirectory = Path.Combine(RepositoryPaths.Root, "artifacts", "packages");
        WorkDirectory = Path.Combine(Path.GetTempPath(), "copydesk-analyzer-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(WorkDirectory);
        // A configuration above every project: the package's props must hand it to the analyzer.
        File.WriteAllText(Path.Combine(WorkDirectory, ".copydesk.yaml"), "rules:\n  CD4002: warning\n");
        Version = $"0.1.0-e2e.{DateTime.UtcNow.Ticks}";
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(WorkDirectory, "nuget-packages") };

        // --no-build: the analyzer these tests reference is already built in this configuration; packing it
        // again from the same outputs never races a parallel build of the solution.
        var configuration = typeof(AnalyzerPackageFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var pack = DotnetProcess.Run(RepositoryPaths.Root, Environment,
            "pack", Path.Combine(RepositoryPaths.Root, "src", "Copydesk.Analyzers", "Copydesk.Analyzers.csproj"),
            "--no-build", "-p:BuildProjectReferences=false", "-c", configuration, "-o", FeedDirectory, $"-p:Version={Version}");
        PackagePath = Path.Combine(FeedDirectory, $"Copydesk.Analyzers.{Version}.nupkg");
        if (pack.ExitCode != 0 || !File.Exists(PackagePath))
        {
            Dispose();
            throw new InvalidOperationException($"dotnet pack did not produce {PackagePath}:\n{pack}");
        }
    }

    public string FeedDirectory { get; }
    public string WorkDirectory { get; }
    public string Version { get; }
    public string PackagePath { get; }
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>A fresh C# library that references the analyzer package, with its own nuget.config naming the local feed.</summary>
    public string CreateProject(string name, string extraProperties = "", string extraItems = "")
    {
        var directory = Path.Combine(WorkDirectory, name);
        Directory.CreateDirectory(directory);
        LocalFeed.WriteNuGetConfig(directory, FeedDirectory);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Copydesk.Analyzers" Version="{Version}" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Greeter.cs"),
            "namespace Docs;\n\npublic static class Greeter\n{\n    public static string Hello() => \"Hello\";\n}\n");
        return directory;
    }

    public ProcessResult Build(string directory, string errorLog) =>
        DotnetProcess.Run(directory, Environment, "build", "-nodeReuse:false", $"-p:ErrorLog={errorLog}%2Cversion=2.1");

    public void Dispose()
    {
        Cleanup.Quietly(() => File.Delete(PackagePath));
        Cleanup.Quietly(() => Directory.Delete(WorkDirectory, recursive: true));
    }
}
