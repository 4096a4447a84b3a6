using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Copydesk.Hooks.Tests.Support;
using Copydesk.Tests;

namespace Copydesk.Hooks.Tests;

/// <summary>
/// The Copydesk tool package as users install it, from the local feed artifacts/packages: into a tool
/// path, as a global tool, through a local tool manifest, and with `dotnet tool exec`; and what the package
/// holds: one portable tool whose assemblies are ReadyToRun-compiled (src/Copydesk.Cli/ShippedBuild.props).
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

    private static InProcess.Result ExpectedOnTheSample() => InProcess.Run(RepositoryPaths.Root, InProcess.CheckTheSample);

    [Fact]
    public void Installed_into_a_tool_path_and_as_a_global_tool_it_checks_the_sample()
    {
        var toolPath = Path.Combine(_folder, "tools");
        ProcessRunner.RunChecked(_folder, "dotnet",
            ["tool", "install", "Copydesk", "--version", _version, "--tool-path", toolPath, "--add-source", BuildOutputs.LocalFeed]);

        InProcess.AssertSameAs(ExpectedOnTheSample(), ProcessRunner.Run(RepositoryPaths.Root, Path.Combine(toolPath, "copydesk"), InProcess.CheckTheSample));

        // A global install goes under DOTNET_CLI_HOME, so the machine's own tools stay untouched.
        var home = new Dictionary<string, string?> { ["DOTNET_CLI_HOME"] = Path.Combine(_folder, "home") };
        ProcessRunner.RunChecked(_folder, "dotnet",
            ["tool", "install", "--global", "Copydesk", "--version", _version, "--add-source", BuildOutputs.LocalFeed], home);
        var global = Path.Combine(_folder, "home", ".dotnet", "tools", "copydesk");

        InProcess.AssertSameAs(ExpectedOnTheSample(), ProcessRunner.Run(RepositoryPaths.Root, global, InProcess.CheckTheSample));
    }

    [Fact]
    public void The_package_is_one_portable_tool_whose_assemblies_carry_ReadyToRun_code()
    {
        using var package = ZipFile.OpenRead(_package);
        var tools = package.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).ToList();

        // One RID-agnostic folder, run by `dotnet`: the layout `dotnet tool install` takes on every platform.
        Assert.All(tools, e => Assert.StartsWith("tools/net10.0/any/", e.FullName));
        var settings = XDocument.Load(package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        var command = Assert.Single(settings.Descendants("Command"));
        Assert.Equal("dotnet", (string?)command.Attribute("Runner"));
        Assert.Equal("copydesk.dll", (string?)command.Attribute("EntryPoint"));
        Assert.Empty(settings.Descendants("RuntimeIdentifierPackages"));

        foreach (var assembly in new[] { "copydesk.dll", "Copydesk.Core.dll", "Markdig.dll", "System.CommandLine.dll", "YamlDotNet.dll" })
        {
            using var bytes = new MemoryStream();
            using (var entry = package.GetEntry("tools/net10.0/any/" + assembly)!.Open()) entry.CopyTo(bytes);
            bytes.Position = 0;
            using var pe = new PEReader(bytes);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, assembly + " has no ReadyToRun code");
        }
    }

    [Fact]
    public void With_its_ReadyToRun_code_ignored_as_on_another_platform_it_still_checks_the_sample()
    {
        var toolPath = Path.Combine(_folder, "tools");
        ProcessRunner.RunChecked(_folder, "dotnet",
            ["tool", "install", "Copydesk", "--version", _version, "--tool-path", toolPath, "--add-source", BuildOutputs.LocalFeed]);

        // DOTNET_ReadyToRun=0 makes the runtime skip precompiled code and JIT the IL, as it does where the
        // code was compiled for another OS or CPU.
        var ilOnly = new Dictionary<string, string?> { ["DOTNET_ReadyToRun"] = "0" };
        InProcess.AssertSameAs(ExpectedOnTheSample(), ProcessRunner.Run(RepositoryPaths.Root, Path.Combine(toolPath, "copydesk"), InProcess.CheckTheSample, ilOnly));
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

        var run = ProcessRunner.Run(clone, "dotnet", ["copydesk", "check", "article.txt", "--no-cache"]);
        var expected = InProcess.Run(clone, "check", "article.txt", "--no-cache");

        InProcess.AssertSameAs(expected, run);
        Assert.StartsWith("article.txt(", run.Out);
    }

    [Fact]
    public void Dotnet_tool_exec_runs_it_without_installing()
    {
        var run = ProcessRunner.Run(RepositoryPaths.Root, "dotnet",
            ["tool", "exec", $"Copydesk@{_version}", "--add-source", BuildOutputs.LocalFeed, "--", .. InProcess.CheckTheSample]);

        InProcess.AssertSameAs(ExpectedOnTheSample(), run);
    }
}
