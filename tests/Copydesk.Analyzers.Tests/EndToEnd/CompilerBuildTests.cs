using System.Text.Json;
using Copydesk.Core.Configuration;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Copydesk.Tests;

namespace Copydesk.Analyzers.Tests.EndToEnd;

/// <summary>
/// The packed analyzer in a real <c>dotnet build</c>: the C# compiler reports the engine's findings in the
/// project's articles at their path, line and column, honours <c>.globalconfig</c> severities per ID, and
/// writes them to the <c>ErrorLog</c> SARIF file. Expected findings come from the engine itself, so the
/// tests follow the rules as they grow.
/// </summary>
public sealed class CompilerBuildTests : IClassFixture<AnalyzerPackageFixture>
{
    private const string SnippetsArticle = """
        # Snippets

        A working example:

        ```csharp
        var greeting = Greeter.Hello();
        Console.WriteLine(greeting);
        ```

        A broken one:

        ~~~cs
        public static int Twice(int n) => n * ;
        ~~~

        An elided one, marked to skip:

        ```csharp-skip
        var items = …;
        ```
        """;

    /// <summary>C# 14: Roslyn 4.8, which the analyzer is built against, cannot parse it; the SDK's compiler can.</summary>
    private const string NewestCSharpArticle = """
        # Extension members

        ```csharp
        public static class StringExtensions
        {
            extension(string text)
            {
                public bool IsBlank => string.IsNullOrWhiteSpace(text);
            }
        }
        ```
        """;

    private readonly AnalyzerPackageFixture _package;

    public CompilerBuildTests(AnalyzerPackageFixture package) => _package = package;

    [Fact]
    public void Findings_appear_in_compiler_output_and_in_the_sarif_error_log_at_their_place_in_each_article()
    {
        var project = CreateProjectWithArticles("Plain");
        var errorLog = Path.Combine(project, "build.sarif");
        // This test process runs Roslyn 4.8, the analyzer's compile-time reference, which rejects C# 14; the
        // build's compiler parses it, so the analyzer must be using the compiler's own Roslyn.
        var newest = Path.Combine(project, "docs", "newest.md");
        Assert.Contains(Linter.Default.Check(newest, File.ReadAllText(newest)), f => f.RuleId == "CD5001");

        var build = _package.Build(project, errorLog);

        var expected = ExpectedFindings(project);
        Assert.Contains(expected, f => f.RuleId == "CD5001" && f.FilePath.EndsWith("snippets.md", StringComparison.Ordinal));
        // The .copydesk.yaml above the project (see the fixture) raised CD4002: the props passed it on.
        Assert.Contains(expected, f => f.RuleId == "CD4002" && f.Severity == Severity.Warning);
        Assert.Contains(expected, f => f.FilePath.EndsWith(".txt", StringComparison.Ordinal));
        Assert.Equal(expected.Any(f => f.Severity == Severity.Error) ? 1 : 0, build.ExitCode == 0 ? 0 : 1);
        // Suggestions are Info diagnostics: the compiler writes them to the error log, not to the console.
        foreach (var finding in expected.Where(f => f.Severity >= Severity.Warning))
            Assert.Contains(ConsoleLine(finding), build.Output);
        AssertSarifHoldsExactly(errorLog, expected);
        Assert.DoesNotContain("stale.md", build.Output);
        Assert.DoesNotContain("newest.md", build.Output);
    }

    [Fact]
    public void A_globalconfig_severity_silences_one_id_and_raises_another_and_pack_rules_use_their_carriers()
    {
        var project = CreateProjectWithArticles("Configured", "<AdditionalFiles Include=\"styles/*.yaml\" />");
        File.WriteAllText(Path.Combine(project, ".globalconfig"),
            "is_global = true\ndotnet_diagnostic.CD5001.severity = none\ndotnet_diagnostic.CD4002.severity = warning\n");
        File.WriteAllText(Path.Combine(project, ".copydesk.yaml"), "packs: [styles/house.yaml]\n");
        Directory.CreateDirectory(Path.Combine(project, "styles"));
        File.WriteAllText(Path.Combine(project, "styles", "house.yaml"),
            "pack: house\nrules:\n  - id: House.Example\n    type: existence\n    message: Show, do not announce, the \"{match}\".\n    tokens: [example]\n");
        var errorLog = Path.Combine(project, "build.sarif");

        var build = _package.Build(project, errorLog);

        var engine = ExpectedFindings(project);
        Assert.Contains(engine, f => f.RuleId == "CD5001");
        Assert.Contains(engine, f => f.RuleId == "CD4002");
        Assert.Contains(engine, f => f.RuleId == "CD9101" && f.Message.StartsWith("[House.Example] ", StringComparison.Ordinal));
        Assert.DoesNotContain(": warning CD5001:", build.Output);
        var expected = engine.Where(f => f.RuleId != "CD5001")
            .Select(f => f.RuleId == "CD4002" ? f with { Severity = Severity.Warning } : f).ToList();
        foreach (var finding in expected.Where(f => f.Severity >= Severity.Warning))
            Assert.Contains(ConsoleLine(finding), build.Output);
        AssertSarifHoldsExactly(errorLog, expected);
    }

    private string CreateProjectWithArticles(string name, string extraItems = "")
    {
        var project = _package.CreateProject(name, "<CopydeskIncludeTextFiles>true</CopydeskIncludeTextFiles>", extraItems);
        var docs = Directory.CreateDirectory(Path.Combine(project, "docs")).FullName;
        File.Copy(RepositoryPaths.SampleArticle, Path.Combine(docs, Path.GetFileName(RepositoryPaths.SampleArticle)));
        File.WriteAllText(Path.Combine(docs, "snippets.md"), SnippetsArticle);
        File.WriteAllText(Path.Combine(docs, "newest.md"), NewestCSharpArticle);
        // Build output is never linted.
        var bin = Directory.CreateDirectory(Path.Combine(project, "bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "stale.md"), "# Stale\n\n```csharp\nvar broken = ;\n```\n");
        return project;
    }

    /// <summary>
    /// The engine's findings in this process, with the project's configuration, as the analyzer reports them
    /// (pack rules under their carrier), for every article but newest.md (see <see cref="NewestCSharpArticle"/>).
    /// </summary>
    private static List<Diagnostic> ExpectedFindings(string project)
    {
        var configuration = new ConfigurationResolver(PhysicalConfigFileSource.Instance);
        return Directory.GetFiles(Path.Combine(project, "docs"))
            .Where(path => Path.GetFileName(path) != "newest.md")
            .OrderBy(p => p, StringComparer.Ordinal)
            .SelectMany(path => configuration.Resolve(path).Linter.Check(path, File.ReadAllText(path)))
            .Select(f => f.RuleId.StartsWith("CD", StringComparison.Ordinal) ? f : f with
            {
                RuleId = PackRuleCarriers.For(f.Severity).Id,
                Message = $"[{f.RuleId}] {f.Message}",
            })
            .ToList();
    }

    private static string ConsoleLine(Diagnostic finding) =>
        $"{finding.FilePath}({finding.Range.StartLine},{finding.Range.StartColumn}): {Level(finding.Severity, console: true)} {finding.RuleId}: {finding.Message}";

    private static string Level(Severity severity, bool console = false) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => console ? "info" : "note",
    };

    private static void AssertSarifHoldsExactly(string errorLog, IReadOnlyList<Diagnostic> expected)
    {
        using var sarif = JsonDocument.Parse(File.ReadAllText(errorLog));
        var actual = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("CD", StringComparison.Ordinal))
            .Select(r =>
            {
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                var region = location.GetProperty("region");
                return $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("level").GetString()} " +
                    $"{new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath}" +
                    $"({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()}," +
                    $"{region.GetProperty("endLine").GetInt32()},{region.GetProperty("endColumn").GetInt32()}) " +
                    r.GetProperty("message").GetProperty("text").GetString();
            })
            .Order(StringComparer.Ordinal).ToList();
        var want = expected
            .Select(f => $"{f.RuleId} {Level(f.Severity)} {f.FilePath}{f.Range} {f.Message}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(want, actual);
    }
}
