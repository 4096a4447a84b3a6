using System.Text.Json;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Cli.Reporting;

/// <summary>A plain JSON document: the findings with positions, fixes, and a summary.</summary>
public sealed class JsonReportFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "copydesk");
            json.WriteString("version", CheckReport.ToolVersion);
            json.WriteStartArray("diagnostics");
            foreach (var d in report.Diagnostics) WriteDiagnostic(json, d);
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.Files.Count);
            json.WriteNumber("errors", report.Count(Severity.Error));
            json.WriteNumber("warnings", report.Count(Severity.Warning));
            json.WriteNumber("suggestions", report.Count(Severity.Suggestion));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.RuleId);
        json.WriteString("severity", d.Severity.ToName());
        json.WriteString("message", d.Message);
        json.WriteString("path", d.FilePath);
        json.WriteNumber("startLine", d.Range.StartLine);
        json.WriteNumber("startColumn", d.Range.StartColumn);
        json.WriteNumber("endLine", d.Range.EndLine);
        json.WriteNumber("endColumn", d.Range.EndColumn);
        json.WriteString("matchedText", d.MatchedText);
        if (d.HelpUri is not null) json.WriteString("helpUri", d.HelpUri);
        if (d.Fix is { Count: > 0 })
        {
            json.WriteStartArray("fix");
            foreach (var edit in d.Fix)
            {
                json.WriteStartObject();
                json.WriteNumber("offset", edit.Start);
                json.WriteNumber("length", edit.Length);
                json.WriteString("replacement", edit.Replacement);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
