using System.Text;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Rules;
using YamlDotNet.RepresentationModel;

namespace Copydesk.Core.Packs;

/// <summary>
/// <c>type: boilerplate</c>: whole lines that are CMS or widget residue ("Related Posts", "Leave a
/// Reply"). A line matches when, trimmed of bullets, blanks and closing punctuation, it equals one of
/// <c>lines</c> (one set lookup per line) or fully matches one of <c>patterns</c>. With <c>fix: remove</c>
/// the finding offers to delete the line.
/// </summary>
public sealed class BoilerplateRule : PackRule
{
    public static readonly string[] Keys = ["lines", "patterns"];

    private readonly HashSet<string> _lines;
    private readonly IReadOnlyList<SafeRegex> _patterns;

    public BoilerplateRule(PackRuleHeader header, IEnumerable<string> lines, IReadOnlyList<SafeRegex> patterns) : base(header)
    {
        _lines = new HashSet<string>(lines.Select(l => Normalize(l, header.IgnoreCase)), StringComparer.Ordinal);
        _patterns = patterns;
    }

    internal static BoilerplateRule? Parse(PackRuleHeader header, YamlMappingNode node, YamlNodeReader yaml)
    {
        var lines = new List<string>();
        var patterns = new List<SafeRegex>();
        foreach (var (key, _, value) in YamlNodeReader.Entries(node))
        {
            if (key == "lines") lines.AddRange(yaml.Strings(value, "lines").Select(l => l.Value));
            if (key == "patterns")
                patterns.AddRange(PatternList.Parse(value, "patterns", header.IgnoreCase, yaml, p => "^(?:" + p + ")$"));
        }
        if (lines.Count == 0 && patterns.Count == 0 && !YamlNodeReader.Entries(node).Any(e => Keys.Contains(e.Key)))
        {
            yaml.Error(node, $"Rule {header.Descriptor.Id} (boilerplate) needs \"lines\" or \"patterns\".");
            return null;
        }
        if (lines.Count == 0 && patterns.Count == 0) return null;
        return new BoilerplateRule(header, lines, patterns);
    }

    public override void Check(RuleContext context)
    {
        var text = context.Article.Text;
        foreach (var block in BlocksInScope(context.Article))
        {
            var lineStart = 0;
            var prose = block.Text;
            while (lineStart <= prose.Length)
            {
                var lineEnd = prose.IndexOf('\n', lineStart);
                if (lineEnd < 0) lineEnd = prose.Length;
                var (start, end) = Content(prose, lineStart, lineEnd);
                if (end > start && IsBoilerplate(prose.Substring(start, end - start)))
                {
                    var offset = block.Start + start;
                    var fix = Header.Fixable ? new[] { TextEdits.RemoveLine(text, offset) } : null;
                    context.Report(offset, end - start, FormatMessage(text.Substring(offset, end - start)), fix);
                }
                lineStart = lineEnd + 1;
            }
        }
    }

    private bool IsBoilerplate(string line)
    {
        var normalized = Normalize(line, Header.IgnoreCase);
        if (normalized.Length == 0) return false;
        if (_lines.Contains(normalized)) return true;
        foreach (var pattern in _patterns)
            if (pattern.Matches(normalized).Any()) return true;
        return false;
    }

    /// <summary>The line without leading bullets or blanks and trailing blanks ("\r" included).</summary>
    private static (int Start, int End) Content(string prose, int start, int end)
    {
        while (start < end && !char.IsLetterOrDigit(prose[start]) && prose[start] is not ('{' or '[' or '%' or '"' or '“')) start++;
        while (end > start && char.IsWhiteSpace(prose[end - 1])) end--;
        return (start, end);
    }

    /// <summary>Blanks collapsed, closing punctuation and counters ("(3)") dropped, case folded when asked.</summary>
    public static string Normalize(string line, bool ignoreCase)
    {
        var builder = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line.Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(ignoreCase ? char.ToLowerInvariant(c) : c);
        }
        var end = builder.Length;
        while (end > 0 && (builder[end - 1] is ':' or '.' or '…' or '!' or '›' or '»' or '→' or '>' or '*' or ' ' or '|' or '-' or '–' or '—'))
            end--;
        return builder.ToString(0, end);
    }
}
