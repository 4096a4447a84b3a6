using System.Reflection;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;

namespace Copydesk.Cli.Reporting;

/// <summary>What a check run found, with the rules it ran, for the formatters.</summary>
/// <param name="rules">Asked for on first use: only formats that list the rules (SARIF) make a cached run load them.</param>
public sealed class CheckReport(IReadOnlyList<FileResult> files, Func<IReadOnlyList<RuleDescriptor>> rules, TimeSpan elapsed)
{
    private readonly Lazy<IReadOnlyList<RuleDescriptor>> _rules = new(rules);

    public IReadOnlyList<FileResult> Files { get; } = files;

    public IReadOnlyList<RuleDescriptor> Rules => _rules.Value;

    public TimeSpan Elapsed { get; } = elapsed;

    public static string ToolVersion { get; } =
        typeof(CheckReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>SARIF runAutomationDetails.id, set when the run is one shard of several.</summary>
    public string? AutomationId { get; init; }

    private List<Diagnostic>? _diagnostics;

    /// <summary>Every finding, file by file; gathered once, since the report, the summary and the exit code each read them all.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics ??= Gather();

    public int Count(Severity severity)
    {
        var count = 0;
        foreach (var diagnostic in Diagnostics)
            if (diagnostic.Severity == severity) count++;
        return count;
    }

    private List<Diagnostic> Gather()
    {
        var all = new List<Diagnostic>();
        foreach (var file in Files) all.AddRange(file.Diagnostics);
        return all;
    }
}

/// <summary>One output format.</summary>
public interface IReportFormatter
{
    void Write(CheckReport report, TextWriter writer);
}

public static class ReportFormatters
{
    public static IReportFormatter For(string format) => format switch
    {
        "json" => new JsonReportFormatter(),
        "sarif" => new SarifReportFormatter(),
        "github" => new GitHubReportFormatter(),
        _ => new TextReportFormatter(),
    };

    /// <summary>The word MSBuild, compilers and problem matchers understand for each severity.</summary>
    public static string CanonicalCategory(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
