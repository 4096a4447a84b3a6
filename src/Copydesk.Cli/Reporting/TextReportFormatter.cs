using Copydesk.Core.Diagnostics;

namespace Copydesk.Cli.Reporting;

/// <summary>MSBuild's canonical form: <c>docs/a.md(12,5,12,18): warning CD2001: message</c>.</summary>
public sealed class TextReportFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var diagnostic in report.Diagnostics) writer.WriteLine(Format(diagnostic));
    }

    // Concatenated, not interpolated: the interpolation machinery costs a report written from the cache half a millisecond.
    public static string Format(Diagnostic d) =>
        string.Concat(new[] { d.FilePath, d.Range.ToString(), ": ", ReportFormatters.CanonicalCategory(d.Severity), " ", d.RuleId, ": ", d.Message });
}
