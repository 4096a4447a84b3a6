using Copydesk.Hooks.Tests.Support;
using Copydesk.Tests;

namespace Copydesk.Hooks.Tests;

/// <summary>
/// The Copydesk tool package as users install it, from the local feed artifacts/packages: into a tool
/// path, as a global tool, through a local tool manifest, and with `dotnet tool exec`.
/// The package gets a version of its own, so no NuGet cache ever hands back an older build.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copydesk-tool-").FullName;
    private readonly string _version = $"0.1.0-e2e.{DateTime.UtcNow.Ticks}";
    private readonly string _package;

    public ToolInstallTests()
    {
        // The tool these tests were built with, packed as is: no second build racing the test run's own.
        ProcessRunner.RunChecked(RepositoryPaths.Root, "dotnet",
            ["pack", Path.Combine("src", "Copydesk.Cli", "Copydesk.Cli.csproj"), "--configuration", BuildOutputs.Configuration,
             "--no-build", $"-p:Version={_version}", "--output", BuildOutputs.LocalFeed]);
        _package = Path.Combine(BuildOutputs.LocalFeed, $"Copydesk.{_version}.nupkg");
        Assert.True(File.Exists(_package), _package);
    }

    public void Dispose()
    {
        File.Delete(_package);
        Directory.Delete(_folder, recursive: true);
    }

    private InProcess.Result ExpectedOnTheSample() => InProcess.Run(RepositoryPaths.Root, "check", "seeds");

    private static void AssertSameAsInProcess(InProcess.Result expected, ProcessRunner.Result actual)
    {
        Assert.True(expected.ExitCode == actual.ExitCode, actual.ToString());
        Assert.NotEqual("", expected.Out);
        Assert.Equal(expected.Out, actual.Out);
    }

    [Fact]
    public void Installed_into_a_tool_path_and_as_a_global_tool_it_checks_the_sample()
    {
        var toolPath = Path.Combine(_folder, "tools");
        ProcessRunner.RunChecked(_folder, "dotnet",
            ["tool", "install", "Copydesk", "--version", _version, "--tool-path", toolPath, "--add-source", BuildOutputs.LocalFeed]);

        AssertSameAsInProcess(ExpectedOnTheSample(), ProcessRunner.Run(RepositoryPaths.Root, Path.Combine(toolPath, "copydesk"), ["check", "seeds"]));

        // A global install goes under DOTNET_CLI_HOME, so the machine's own tools stay untouched.
        var home = new Dictionary<string, string?> { ["DOTNET_CLI_HOME"] = Path.Combine(_folder, "home") };
        ProcessRunner.RunChecked(_folder, "dotnet",
            ["tool", "install", "--global", "Copydesk", "--version", _version, "--add-source", BuildOutputs.LocalFeed], home);
        var global = Path.Combine(_folder, "home", ".dotnet", "tools", "copydesk");

        AssertSameAsInProcess(ExpectedOnTheSample(), ProcessRunner.Run(RepositoryPaths.Root, global, ["check", "seeds"]));
    }

    [Fact]
    public void A_local_tool_manifest_restores_and_runs_as_dotnet_copydesk()
    {
        var author = Path.Combine(_folder, "author");
        Directory.CreateDirectory(author);
        ProcessRunner.RunChecked(author, "dotnet", ["new", "tool-manifest"]);
        ProcessRunner.RunChecked(author, "dotnet", ["tool", "install", "Copydesk", "--version", _version, "--add-source", BuildOutputs.LocalFeed]);

        // A collaborator's clone: only the manifest travels with the repository. The SDK 10 template writes
        // dotnet-tools.json at the top; the clone keeps it in .config/, the other place dotnet looks.
        var clone = Path.Combine(_folder, "clone");
        Directory.CreateDirectory(Path.Combine(clone, ".config"));
        var manifest = new[] { "dotnet-tools.json", Path.Combine(".config", "dotnet-tools.json") }
            .Select(p => Path.Combine(author, p)).First(File.Exists);
        Assert.Contains($"\"{_version}\"", File.ReadAllText(manifest));
        File.Copy(manifest, Path.Combine(clone, ".config", "dotnet-tools.json"));
        File.Copy(RepositoryPaths.SampleArticle, Path.Combine(clone, "article.txt"));
        ProcessRunner.RunChecked(clone, "dotnet", ["tool", "restore", "--add-source", BuildOutputs.LocalFeed]);

        var run = ProcessRunner.Run(clone, "dotnet", ["copydesk", "check", "article.txt"]);
        var expected = InProcess.Run(clone, "check", "article.txt");

        AssertSameAsInProcess(expected, run);
        Assert.StartsWith("article.txt(", run.Out);
    }

    [Fact]
    public void Dotnet_tool_exec_runs_it_without_installing()
    {
        var run = ProcessRunner.Run(RepositoryPaths.Root, "dotnet",
            ["tool", "exec", $"Copydesk@{_version}", "--add-source", BuildOutputs.LocalFeed, "--", "check", "seeds"]);

        AssertSameAsInProcess(ExpectedOnTheSample(), run);
    }
}
