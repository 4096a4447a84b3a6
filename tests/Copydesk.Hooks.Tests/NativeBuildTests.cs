using System.Runtime.InteropServices;
using Copydesk.Hooks.Tests.Support;
using Copydesk.Tests;

namespace Copydesk.Hooks.Tests;

/// <summary>
/// The native build (src/Copydesk.Cli/ShippedBuild.props, CopydeskNative=true): the tool packed as RID-specific
/// packages and installed as users install it, and the executable `dotnet publish` makes. Whatever the native tool
/// is asked, it must answer exactly as the tool does in-process. Native AOT keeps only the code it sees used, so
/// the cases reach every part a run may load late: configuration and rule packs (YAML, user patterns), the C#
/// parser behind CD5001, the report formats, fixes, the cache, the rule pages embedded in the tool, and the errors
/// of a broken pack.
/// </summary>
public sealed class NativeBuildTests(NativeBuildTests.Built native) : IClassFixture<NativeBuildTests.Built>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copydesk-native-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// The README's commands on the working tree: three packs into a feed of their own (with a package version of
    /// their own, so no NuGet cache hands back an older build), the install, and the publish. Their bin/ and obj/ go to a
    /// temporary folder, away from the test run's build.
    /// </summary>
    public sealed class Built : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("copydesk-native-build-").FullName;

        public Built()
        {
            var project = Path.Combine("src", "Copydesk.Cli", "Copydesk.Cli.csproj");
            string[] common = ["-c", "Release", "-p:CopydeskNative=true", "--artifacts-path", Path.Combine(_folder, "artifacts")];
            Feed = Path.Combine(_folder, "feed");
            Version = $"0.1.0-native.{DateTime.UtcNow.Ticks}";
            foreach (string[] runtime in (string[][])[[], ["-r", RuntimeInformation.RuntimeIdentifier], ["-r", "any"]])
                ProcessRunner.RunChecked(RepositoryPaths.Root, "dotnet", ["pack", project, .. common, .. runtime, $"-p:PackageVersion={Version}", "--output", Feed]);
            ProcessRunner.RunChecked(_folder, "dotnet",
                ["tool", "install", "Copydesk", "--version", Version, "--tool-path", Path.Combine(_folder, "tools"), "--add-source", Feed]);
            InstalledTool = Path.Combine(_folder, "tools", "copydesk");

            var published = Path.Combine(_folder, "publish");
            ProcessRunner.RunChecked(RepositoryPaths.Root, "dotnet", ["publish", project, .. common, "--output", published]);
            PublishedExecutable = Path.Combine(published, "copydesk");
        }

        public string Feed { get; }

        public string Version { get; }

        /// <summary>`copydesk` as `dotnet tool install Copydesk` put it on this platform.</summary>
        public string InstalledTool { get; }

        public string PublishedExecutable { get; }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string[]> CommandLines => new()
    {
        new[] { "check", "." },
        new[] { "check", "docs", "--format", "json" },
        new[] { "check", "docs", "--format", "sarif" },
        new[] { "check", "docs/snippets.md", "--fail-on", "warning" },
        new[] { "check", "docs", "--fix", "--dry-run" },
        new[] { "check", "broken" },
        new[] { "rules" },
        new[] { "explain", "CD5001" },
        new[] { "explain", "Acme.Synergy" },
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void It_answers_each_command_line_as_the_tool_does(string[] arguments)
    {
        // The same path for both: reports may hold absolute paths (SARIF's base URI).
        var expected = InProcess.Run(WriteRepository(), arguments);
        InProcess.AssertSameAs(expected, ProcessRunner.Run(WriteRepository(), native.InstalledTool, arguments));
    }

    private static void AssertSameAsInProcess(string[] arguments, string workingDirectory, string executable) =>
        InProcess.AssertSameAs(InProcess.Run(workingDirectory, arguments), ProcessRunner.Run(workingDirectory, executable, arguments));

    [Fact]
    public void On_this_platform_the_installed_tool_is_the_native_executable()
    {
        var target = new FileInfo(native.InstalledTool).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? native.InstalledTool;

        Assert.Contains($"copydesk.{RuntimeInformation.RuntimeIdentifier}", target, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(target)[..4]);
    }

    [Fact]
    public void Elsewhere_the_portable_package_it_names_checks_the_sample_as_the_tool_does()
    {
        // What `dotnet tool install Copydesk` takes on a platform without a native package.
        var toolPath = Path.Combine(_folder, "portable");
        ProcessRunner.RunChecked(_folder, "dotnet",
            ["tool", "install", "Copydesk.any", "--version", native.Version, "--tool-path", toolPath, "--add-source", native.Feed]);

        AssertSameAsInProcess(InProcess.CheckTheSample, RepositoryPaths.Root, Path.Combine(toolPath, "copydesk"));
    }

    [Fact]
    public void The_published_executable_checks_the_sample_as_the_tool_does() =>
        AssertSameAsInProcess(InProcess.CheckTheSample, RepositoryPaths.Root, native.PublishedExecutable);

    [Fact]
    public void The_repository_reaches_every_part_a_run_may_load_late()
    {
        var run = ProcessRunner.Run(WriteRepository(), native.InstalledTool, ["check", "."]);

        Assert.Equal(2, run.ExitCode);
        foreach (var id in new[] { "Acme.Synergy", "Acme.Brand", "Acme.OneSpelling", "Acme.Footer", "Acme.VideoLink", "Acme.Team", "CD2001", "CD2002", "CD5001", "CD9005" })
            Assert.True(run.Out.Contains($" {id}: ", StringComparison.Ordinal), $"No {id} finding:\n{run}");
        Assert.True(run.Out.Contains("(unclosed", StringComparison.Ordinal), run.ToString());
    }

    [Fact]
    public void It_reports_the_version_of_the_tool()
    {
        var portable = ProcessRunner.RunChecked(RepositoryPaths.Root, "dotnet", [BuildOutputs.BuiltTool, "--version"]);

        Assert.Equal(portable.Out, ProcessRunner.RunChecked(RepositoryPaths.Root, native.InstalledTool, ["--version"]).Out);
    }

    [Fact]
    public void Its_fixes_leave_the_same_bytes_as_the_tools()
    {
        string[] articles = ["docs/article.md", "docs/snippets.md", "docs/sample.txt"];
        var repository = WriteRepository();
        InProcess.Run(repository, "check", "docs", "--fix");
        var expected = articles.Select(a => File.ReadAllBytes(Path.Combine(repository, a))).ToList();

        WriteRepository();
        ProcessRunner.Run(repository, native.InstalledTool, ["check", "docs", "--fix"]);

        Assert.Equal(expected, articles.Select(a => File.ReadAllBytes(Path.Combine(repository, a))));
        Assert.NotEqual(Article, File.ReadAllText(Path.Combine(repository, "docs/article.md")));
    }

    [Fact]
    public void Its_cache_serves_an_unchanged_repository()
    {
        var repository = WriteRepository();
        var first = ProcessRunner.Run(repository, native.InstalledTool, ["check", "docs"]);
        var second = ProcessRunner.Run(repository, native.InstalledTool, ["check", "docs"]);

        Assert.Equal(1, first.ExitCode);
        Assert.DoesNotContain("from cache", first.Error);
        Assert.Contains("(3 from cache)", second.Error);
        Assert.Equal(first.Out, second.Out);
    }

    private const string Article = """
        ---
        title: Working with the Acme cloud
        description: How we leverage synergy.
        ---
        # Working with the Acme cloud

        Advertisement

        The Acme cloud team revealed the plan in a video. I assume that this video is in Chinese.

        We send e-mail to every customer, and email to every partner , as DXOMARK does.

        <!-- copydesk-disable-next-line Acme.Synergy -->
        This line may say synergy.

        But this one says synergy again.

        Related Posts

        - A post about nothing
        - Another post

        """;

    private const string Snippets = """
        # Snippets

        ```csharp
        var total = items.Sum(i => i.Price;
        ```

        ```cs
        Console.WriteLine("fine");
        ```

        """;

    /// <summary>
    /// Writes afresh, always at the same path, a repository with a configuration, a pack of every rule type,
    /// articles and a folder whose pack is broken.
    /// </summary>
    private string WriteRepository()
    {
        var root = Path.Combine(_folder, "repository");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        void Write(string path, string text)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        Write(".copydesk.yaml", """
            root: true
            packs: [styles]
            rules:
              CD4001: none
              Acme.OneSpelling: error
            vocabulary:
              accept: [DXOMARK]
            """);
        Write("styles/acme.yaml", """
            pack: acme
            severity: warning
            rules:
              - id: Acme.Synergy
                type: existence
                description: Jargon the style guide bans.
                message: Avoid "{match}".
                ignorecase: true
                tokens: [leverage, synergy]
              - id: Acme.Brand
                type: substitution
                fix: replace
                swap: { Acme cloud: Acme Cloud }
              - id: Acme.OneSpelling
                type: consistency
                sets: [[e-mail, email]]
              - id: Acme.Footer
                type: boilerplate
                fix: remove
                list_headers: [Related Posts]
              - id: Acme.VideoLink
                type: conditional
                within: sentence
                first: ['\b(?<match>video)\b']
                second: ['https?://']
              - id: Acme.Team
                type: existence
                patterns: ['(?<match>\w+ team) revealed']
            """);
        Write("docs/article.md", Article);
        Write("docs/snippets.md", Snippets);
        Write("docs/sample.txt", File.ReadAllText(RepositoryPaths.SampleArticle));
        Write("broken/.copydesk.yaml", "packs: [bad.yaml]\nrules:\n  CD2001: loud\n");
        Write("broken/bad.yaml", "rules:\n  - id: Acme.Bad\n    type: existence\n    patterns: ['(unclosed']\n");
        Write("broken/note.md", "# Note\n\nSubscribe to Updates\n");
        return root;
    }
}
