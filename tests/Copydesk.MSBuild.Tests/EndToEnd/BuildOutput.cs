using System.Text.RegularExpressions;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;

namespace Copydesk.MSBuild.Tests.EndToEnd;

/// <summary>Reads Copydesk's lines out of a build log, and writes the lines a finding must produce.</summary>
public static partial class BuildOutput
{
    // file(l,c,l,c): [subcategory ]warning|error|message CDxxxx: text [project]
    [GeneratedRegex(@"^\s*(?:[\d:]+>)?(?<line>\S.*?\(\d+,\d+,\d+,\d+\): (?:\w+ )?(?:warning|error|message) CD\d{4}: .*?)(?: \[[^\]]+\])?\s*$", RegexOptions.Multiline)]
    private static partial Regex FindingLine();

    /// <summary>The distinct finding lines (MSBuild repeats warnings and errors in its summary).</summary>
    public static SortedSet<string> Findings(string output) =>
        new(FindingLine().Matches(output).Select(m => m.Groups["line"].Value), StringComparer.Ordinal);

    public static SortedSet<string> Lines(IEnumerable<Diagnostic> diagnostics, Func<Diagnostic, string> level) =>
        new(diagnostics.Select(d => Line(d, level(d))), StringComparer.Ordinal);

    /// <summary>The canonical MSBuild form, with the rule's category as subcategory.</summary>
    public static string Line(Diagnostic d, string level)
    {
        var r = d.Range;
        return $"{d.FilePath}({r.StartLine},{r.StartColumn},{r.EndLine},{r.EndColumn}): {Category(d.RuleId)} {level} {d.RuleId}: {d.Message}";
    }

    private static string Category(string ruleId) =>
        Linter.Default.Rules.Descriptors.Concat(ToolDescriptors.All).First(d => d.Id == ruleId).Category.ToString().ToLowerInvariant();
}
