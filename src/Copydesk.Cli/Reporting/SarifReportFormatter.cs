using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning takes it: driver rules with help links and default levels,
/// results with relative '/' URIs, 1-based regions, and fingerprints that survive line moves.
/// </summary>
public sealed class SarifReportFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        var rules = report.Rules.GroupBy(r => r.Id).Select(g => g.First()).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            if (report.AutomationId is { } automationId)
            {
                json.WriteStartObject("automationDetails");
                json.WriteString("id", automationId);
                json.WriteEndObject();
            }
            json.WriteStartArray("results");
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var d in report.Diagnostics) WriteResult(json, d, ruleIndex, occurrences);
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };

    private static void WriteTool(Utf8JsonWriter json, List<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "Copydesk");
        json.WriteString("version", CheckReport.ToolVersion);
        json.WriteString("informationUri", "https://github.com/copydesk/copydesk");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", PascalName(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            // A repository's own pack rule may have no help page.
            if (rule.HelpUri.Length > 0) json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category.ToString());
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, Dictionary<string, int> ruleIndex, Dictionary<string, int> occurrences)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.RuleId);
        if (ruleIndex.TryGetValue(d.RuleId, out var index)) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", d.FilePath.Replace('\\', '/'));
        json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", d.Range.StartLine);
        json.WriteNumber("startColumn", d.Range.StartColumn);
        json.WriteNumber("endLine", d.Range.EndLine);
        json.WriteNumber("endColumn", d.Range.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("copydeskFingerprint/v1", Fingerprint(d, occurrences));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Rule, path and matched text (plus which occurrence of it), never the line: stable when text moves.</summary>
    private static string Fingerprint(Diagnostic d, Dictionary<string, int> occurrences)
    {
        var key = $"{d.RuleId}\n{d.FilePath}\n{d.MatchedText}";
        occurrences[key] = occurrences.TryGetValue(key, out var seen) ? seen + 1 : 1;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{key}\n{occurrences[key]}"));
        return Convert.ToHexStringLower(hash, 0, 16);
    }

    /// <summary>SARIF rule names are identifiers: "C# snippet does not parse" becomes CSharpSnippetDoesNotParse.</summary>
    private static string PascalName(string title) =>
        string.Concat(title.Replace("#", "Sharp ").Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]).SelectMany(w => w.Where(char.IsLetterOrDigit)));
}
