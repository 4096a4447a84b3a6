using Copydesk.Core.Diagnostics;

namespace Copydesk.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands. GitHub shows only the first few annotations of each kind per
/// step, so the run ends with a summary that counts every finding by rule.
/// </summary>
public sealed class GitHubReportFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var d in report.Diagnostics)
        {
            var command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            writer.WriteLine($"::{command} file={Property(d.FilePath)},line={d.Range.StartLine},col={d.Range.StartColumn}," +
                             $"endLine={d.Range.EndLine},endColumn={d.Range.EndColumn},title={Property(d.RuleId)}::{Message(d.Message)}");
        }

        var byRule = report.Diagnostics.GroupBy(d => d.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}");
        writer.WriteLine($"Copydesk: {report.Count(Severity.Error)} error(s), {report.Count(Severity.Warning)} warning(s), " +
                         $"{report.Count(Severity.Suggestion)} suggestion(s) in {report.Files.Count} file(s)" +
                         (report.Diagnostics.Any() ? $" [{string.Join(", ", byRule)}]" : "") + ".");
    }

    private static string Message(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Message(text).Replace(":", "%3A").Replace(",", "%2C");
}
