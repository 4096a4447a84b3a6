using Copydesk.Core.Configuration;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Copydesk.Tests;

namespace Copydesk.MSBuild.Tests.EndToEnd;

/// <summary>
/// The package as a user gets it: packed, restored from the local feed into a docs-only project
/// with a copy of the sample article, and run by a real <c>dotnet build</c>. The expected findings
/// are what the engine reports for the same file in process, so the tests follow the rule set.
/// </summary>
public sealed class DotnetBuildTests : IClassFixture<PackedPackageFixture>
{
    // Every finding a warning and none an error, so the build's outcome depends only on the switch under test.
    private static readonly string[] AllWarnings = ["-p:CopydeskFailOn=none", "-p:CopydeskWarnOn=suggestion"];

    private const string CheckSkipped = "Skipping target \"CopydeskCheck\" because all output files are up-to-date";

    private readonly PackedPackageFixture _package;

    public DotnetBuildTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void Findings_are_build_warnings_and_are_logged_again_when_the_check_is_up_to_date()
    {
        var project = _package.CreateDocsProject("replay");
        var expected = Expected(project);
        Assert.Contains(expected, d => d.RuleId == "CD4002" && d.FilePath == project.ArticlePath);
        Assert.Contains(expected, d => d.RuleId == "CD5001");
        var expectedLines = BuildOutput.Lines(expected, _ => "warning");

        var first = project.Build(AllWarnings);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(expectedLines, BuildOutput.Findings(first.Output));

        var second = project.Build([.. AllWarnings, "-v:d"]);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains(CheckSkipped, second.Output);
        Assert.Equal(expectedLines, BuildOutput.Findings(second.Output));

        // A changed file is checked again: a new stray space before a comma is a new finding.
        File.AppendAllText(project.ArticlePath, "\n\nThe new paragraph has a stray space , as an editor would spot.\n");
        var changed = Expected(project);
        Assert.True(changed.Count(d => d.RuleId == "CD4002") > expected.Count(d => d.RuleId == "CD4002"));
        var third = project.Build([.. AllWarnings, "-v:d"]);
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.DoesNotContain(CheckSkipped, third.Output);
        // Only the changed file is linted again; the other keeps its findings from the last check.
        Assert.Contains($"Copydesk: {project.Documents.Count} file(s) checked, {project.Documents.Count - 1} of them unchanged since the last check.", third.Output);
        Assert.Equal(BuildOutput.Lines(changed, _ => "warning"), BuildOutput.Findings(third.Output));
    }

    [Fact]
    public void By_default_errors_fail_the_build_warnings_warn_and_suggestions_are_messages()
    {
        var project = _package.CreateDocsProject("defaults");
        var expected = Expected(project);

        var build = project.Build("-v:n");

        var levels = BuildOutput.Lines(expected, d => d.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "message",
        });
        Assert.Equal(levels, BuildOutput.Findings(build.Output));
        var failed = expected.Any(d => d.Severity == Severity.Error);
        Assert.True(failed ? build.ExitCode != 0 : build.ExitCode == 0, build.ToString());
    }

    [Fact]
    public void MSBuildTreatWarningsAsErrors_fails_the_build_and_TreatWarningsAsErrors_alone_does_not()
    {
        var project = _package.CreateDocsProject("warnings-as-errors");
        var expected = Expected(project);

        var strict = project.Build([.. AllWarnings, "-p:MSBuildTreatWarningsAsErrors=true"]);
        Assert.True(strict.ExitCode != 0, strict.ToString());
        Assert.Equal(BuildOutput.Lines(expected, _ => "error"), BuildOutput.Findings(strict.Output));

        // TreatWarningsAsErrors is the compiler's switch; MSBuild task warnings stay warnings (the README says so).
        var compilerOnly = project.Build([.. AllWarnings, "-p:TreatWarningsAsErrors=true"]);
        Assert.True(compilerOnly.ExitCode == 0, compilerOnly.ToString());
        Assert.Equal(BuildOutput.Lines(expected, _ => "warning"), BuildOutput.Findings(compilerOnly.Output));
    }

    [Fact]
    public void NoWarn_removes_one_code_only_and_WarningsAsErrors_raises_one_code_only()
    {
        var project = _package.CreateDocsProject("per-code");
        var expected = Expected(project);
        Assert.Contains(expected, d => d.RuleId == "CD4002");

        var silenced = project.Build([.. AllWarnings, "-p:NoWarn=CD4002"]);
        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.Equal(BuildOutput.Lines(expected.Where(d => d.RuleId != "CD4002"), _ => "warning"), BuildOutput.Findings(silenced.Output));

        var raised = project.Build([.. AllWarnings, "-p:WarningsAsErrors=CD4002"]);
        Assert.True(raised.ExitCode != 0, raised.ToString());
        Assert.Equal(BuildOutput.Lines(expected, d => d.RuleId == "CD4002" ? "error" : "warning"), BuildOutput.Findings(raised.Output));
    }

    [Fact]
    public void A_failure_of_the_task_itself_is_one_build_error_and_the_next_build_checks_again()
    {
        var project = _package.CreateDocsProject("task-failure");
        var expected = BuildOutput.Lines(Expected(project), _ => "warning");
        var kept = Path.Combine(project.Directory, "obj", "Debug", "net10.0", "copydesk", "findings.tsv");

        // A folder where the task writes its findings makes the write fail, as a full or locked disk would.
        Directory.CreateDirectory(kept + ".tmp");
        var failed = project.Build(AllWarnings);
        Assert.True(failed.ExitCode != 0, failed.ToString());
        var errors = failed.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("error CD9007: Copydesk could not check the docs")).Distinct().ToList();
        Assert.Single(errors);
        Assert.Empty(BuildOutput.Findings(failed.Output));

        Directory.Delete(kept + ".tmp");
        var recovered = project.Build(AllWarnings);
        Assert.True(recovered.ExitCode == 0, recovered.ToString());
        Assert.Equal(expected, BuildOutput.Findings(recovered.Output));

        // A damaged findings file is one error too, and is dropped so the next build checks again.
        File.WriteAllText(kept, "not findings\n");
        var damaged = project.Build(AllWarnings);
        Assert.True(damaged.ExitCode != 0, damaged.ToString());
        Assert.Single(damaged.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("error CD9007: Copydesk could not report the findings")).Distinct());
        var repaired = project.Build(AllWarnings);
        Assert.True(repaired.ExitCode == 0, repaired.ToString());
        Assert.Equal(expected, BuildOutput.Findings(repaired.Output));
    }

    [Fact]
    public void A_NoTargets_docs_project_is_checked_and_dotnet_clean_drops_the_kept_findings()
    {
        var project = _package.CreateDocsProject("notargets", "Microsoft.Build.NoTargets/3.7.0", "Docs.proj");
        var expected = BuildOutput.Lines(Expected(project), _ => "warning");

        var build = project.Build(AllWarnings);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(expected, BuildOutput.Findings(build.Output));

        var kept = Directory.GetFiles(Path.Combine(project.Directory, "obj"), "findings.tsv", SearchOption.AllDirectories);
        Assert.Single(kept);
        var clean = DotnetProcess.Run(project.Directory, project.Environment, "clean", "-nr:false");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(File.Exists(kept[0]));
    }

    [Fact]
    public void A_multi_targeting_project_is_checked_once_by_its_outer_build()
    {
        // One framework in TargetFrameworks still makes an outer and an inner build.
        var project = _package.CreateDocsProject("multi-targeting", frameworks: "<TargetFrameworks>net10.0</TargetFrameworks>");
        var expected = BuildOutput.Lines(Expected(project), _ => "warning");

        var build = project.Build([.. AllWarnings, "-v:d"]);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(expected, BuildOutput.Findings(build.Output));
        Assert.Single(build.Output.Split('\n'), l => l.Contains("Target \"CopydeskCheck\" in file"));
        Assert.Single(build.Output.Split('\n'), l => l.Contains("Target \"CopydeskReport\" in file"));
    }

    [Fact]
    public void CopydeskEnabled_false_checks_nothing()
    {
        var project = _package.CreateDocsProject("disabled");

        var build = project.Build([.. AllWarnings, "-p:CopydeskEnabled=false", "-v:n"]);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildOutput.Findings(build.Output));
        Assert.DoesNotContain("CopydeskCheck", build.Output);
    }

    [Fact]
    public void A_broken_copydesk_yaml_is_one_build_error_naming_the_file_and_the_docs_are_still_checked()
    {
        var project = _package.CreateDocsProject("broken-config");
        var config = Path.Combine(project.Directory, ".copydesk.yaml");
        File.WriteAllText(config, "rules:\n  CD4002: [warning\n");

        var build = project.Build(AllWarnings);

        Assert.True(build.ExitCode != 0, build.ToString());
        var configErrors = BuildOutput.Findings(build.Output).Where(l => l.Contains(" CD9005: ")).ToList();
        var error = Assert.Single(configErrors);
        Assert.StartsWith(config + "(", error);
        Assert.Contains(" error CD9005: ", error);
        var expected = Expected(project);
        Assert.Contains(expected, d => d.RuleId == "CD9005");
        Assert.Equal(BuildOutput.Lines(expected, d => d.RuleId == "CD9005" ? "error" : "warning"), BuildOutput.Findings(build.Output));

        // Repairing the file is a change the up-to-date check sees: the error goes away.
        File.WriteAllText(config, "rules:\n  CD4002: warning\n");
        var repaired = project.Build(AllWarnings);
        Assert.True(repaired.ExitCode == 0, repaired.ToString());
        Assert.DoesNotContain(" CD9005: ", repaired.Output);
    }

    [Fact]
    public void The_nearest_copydesk_yaml_sets_severities_and_a_change_to_it_checks_again()
    {
        var project = _package.CreateDocsProject("config");
        var config = Path.Combine(project.Directory, ".copydesk.yaml");
        // Raised to a warning by configuration: shown as a warning with the default thresholds.
        File.WriteAllText(config, "rules:\n  CD4002: warning\n");
        var expected = Expected(project);
        Assert.Contains(expected, d => d.RuleId == "CD4002" && d.Severity == Severity.Warning);

        var raised = project.Build("-p:CopydeskFailOn=none");
        Assert.True(raised.ExitCode == 0, raised.ToString());
        Assert.Equal(BuildOutput.Lines(expected.Where(d => d.Severity >= Severity.Warning), _ => "warning"),
            BuildOutput.Findings(raised.Output).Where(l => !l.Contains(" message ")).ToHashSet());

        File.WriteAllText(config, "rules:\n  CD4002: none\n");
        var off = project.Build(["-p:CopydeskFailOn=none", "-v:d"]);
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.DoesNotContain(CheckSkipped, off.Output);
        Assert.DoesNotContain(" CD4002: ", off.Output);
        Assert.Equal(BuildOutput.Lines(Expected(project), d => d.Severity >= Severity.Warning ? "warning" : "message"),
            BuildOutput.Findings(off.Output));
    }

    [Fact]
    public void CopydeskConfig_names_the_configuration_for_every_file()
    {
        var project = _package.CreateDocsProject("explicit-config");
        var config = Path.Combine(project.Directory, "settings", "strict.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        File.WriteAllText(config, "rules:\n  CD4002: error\n");
        var expected = Expected(project, config);
        Assert.Contains(expected, d => d.RuleId == "CD4002" && d.Severity == Severity.Error);

        var build = project.Build("-p:CopydeskConfig=settings/strict.yaml", "-p:CopydeskWarnOn=suggestion");

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(BuildOutput.Lines(expected, d => d.Severity == Severity.Error ? "error" : "warning"), BuildOutput.Findings(build.Output));
    }

    /// <summary>What the engine reports for the project's docs, in process, with the same configuration lookup as the task.</summary>
    private static IReadOnlyList<Diagnostic> Expected(DocsProject project, string? explicitConfig = null)
    {
        var resolver = new ConfigurationResolver(PhysicalConfigFileSource.Instance, explicitConfig);
        var files = project.Documents.Select(p => new SourceFile(p, p)).ToList();
        foreach (var file in files) resolver.Resolve(file.FullPath);
        var found = new FileChecker(file => resolver.Resolve(file.FullPath).Linter).Check(files).SelectMany(r => r.Diagnostics);
        return [.. resolver.ErrorDiagnostics, .. found];
    }
}
