using System.Text;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;

// Usage: DescriptorExport OUTPUT.cs — rewrites the file only when its content changes.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Copydesk.Analyzers.DescriptorExport OUTPUT.cs");
    return 2;
}

var descriptors = RuleSet.BuiltIn.Descriptors.Concat(ToolDescriptors.All)
    .GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First())
    .OrderBy(d => d.Id, StringComparer.Ordinal);

var code = new StringBuilder()
    .AppendLine("// Written at build time by Copydesk.Analyzers.DescriptorExport from Copydesk.Core's rule descriptors. Do not edit.")
    .AppendLine("using System.Collections.Immutable;")
    .AppendLine("using Microsoft.CodeAnalysis;")
    .AppendLine()
    .AppendLine("namespace Copydesk.Analyzers;")
    .AppendLine()
    .AppendLine("internal static class EngineDescriptors")
    .AppendLine("{")
    // One field per descriptor: the release-tracking analyzer only sees descriptors stored in fields.
    ;
var ids = new List<string>();
foreach (var d in descriptors)
{
    ids.Add(d.Id);
    var severity = d.DefaultSeverity switch
    {
        Severity.Error => "Error",
        Severity.Warning => "Warning",
        _ => "Info",
    };
    code.AppendLine($"    public static readonly DiagnosticDescriptor {d.Id} = new DiagnosticDescriptor({Literal(d.Id)}, {Literal(d.Title)}, \"{{0}}\",")
        // Always enabled: the engine already drops rules whose configured severity is none, and the compiler would
        // drop a disabled-by-default descriptor's findings even when .copydesk.yaml turns the rule on.
        .AppendLine($"        {Literal("Copydesk." + d.Category)}, DiagnosticSeverity.{severity}, isEnabledByDefault: true,")
        .AppendLine($"        description: {Literal(d.Description)}, helpLinkUri: {Literal(d.HelpUri)});")
        .AppendLine();
}
code.AppendLine($"    public static ImmutableArray<DiagnosticDescriptor> All {{ get; }} = ImmutableArray.Create({string.Join(", ", ids)});")
    .AppendLine("}");

var output = args[0];
var text = code.ToString();
if (!File.Exists(output) || File.ReadAllText(output) != text)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    File.WriteAllText(output, text);
}
return 0;

static string Literal(string value)
{
    var escaped = new StringBuilder("\"");
    foreach (var c in value)
    {
        escaped.Append(c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ when c < ' ' => $"\\u{(int)c:x4}",
            _ => c.ToString(),
        });
    }
    return escaped.Append('"').ToString();
}
