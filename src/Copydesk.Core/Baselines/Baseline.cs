using System.Text;
using Copydesk.Core.Configuration;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Packs;
using YamlDotNet.RepresentationModel;

namespace Copydesk.Core.Baselines;

/// <summary>
/// The findings a repository has accepted for now, so only new ones are reported. A finding is
/// keyed by rule, path and the text it matched, never by line, so edits elsewhere in a file do not
/// make old findings look new; each key keeps a count, so a second copy of a known finding is new.
/// The tool's own notes (CD90xx) are never recorded or hidden.
/// </summary>
public sealed class Baseline
{
    private readonly Dictionary<BaselineKey, int> _counts;

    private Baseline(Dictionary<BaselineKey, int> counts) => _counts = counts;

    public int Count => _counts.Values.Sum();

    public static Baseline Create(IEnumerable<Diagnostic> diagnostics)
    {
        var counts = new Dictionary<BaselineKey, int>();
        foreach (var diagnostic in diagnostics.Where(IsRecorded))
        {
            var key = BaselineKey.Of(diagnostic);
            counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
        }
        return new Baseline(counts);
    }

    /// <summary>The findings not in the baseline, in their original order.</summary>
    public IReadOnlyList<Diagnostic> NewFindings(IEnumerable<Diagnostic> diagnostics)
    {
        var left = new Dictionary<BaselineKey, int>(_counts);
        var result = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (IsRecorded(diagnostic))
            {
                var key = BaselineKey.Of(diagnostic);
                if (left.TryGetValue(key, out var n) && n > 0)
                {
                    left[key] = n - 1;
                    continue;
                }
            }
            result.Add(diagnostic);
        }
        return result;
    }

    private static bool IsRecorded(Diagnostic diagnostic) => !diagnostic.RuleId.StartsWith("CD9", StringComparison.Ordinal);

    public string ToJson()
    {
        var json = new StringBuilder("{\n  \"version\": 1,\n  \"findings\": [");
        var first = true;
        foreach (var pair in _counts.OrderBy(p => p.Key.Path, StringComparer.Ordinal).ThenBy(p => p.Key.RuleId, StringComparer.Ordinal).ThenBy(p => p.Key.Text, StringComparer.Ordinal))
        {
            json.Append(first ? "\n" : ",\n");
            first = false;
            json.Append("    { \"rule\": ").Append(Quote(pair.Key.RuleId))
                .Append(", \"path\": ").Append(Quote(pair.Key.Path))
                .Append(", \"text\": ").Append(Quote(pair.Key.Text))
                .Append(", \"count\": ").Append(pair.Value).Append(" }");
        }
        json.Append(first ? "]\n}\n" : "\n  ]\n}\n");
        return json.ToString();
    }

    /// <summary>Reads a baseline written by <see cref="ToJson"/>; problems are returned, never thrown.</summary>
    public static Baseline Parse(string filePath, string text, List<ConfigurationError> errors)
    {
        var counts = new Dictionary<BaselineKey, int>();
        var root = YamlNodeReader.Load(filePath, text, errors, out var yaml);
        if (root is null) return new Baseline(counts);
        foreach (var (key, _, value) in YamlNodeReader.Entries(root))
        {
            if (key != "findings") continue;
            if (value is not YamlSequenceNode findings)
            {
                yaml.Error(value, "Expected \"findings\" to be a list.");
                continue;
            }
            foreach (var item in findings.Children)
            {
                if (item is not YamlMappingNode entry)
                {
                    yaml.Error(item, "Expected each finding to be an object with rule, path, text and count.");
                    continue;
                }
                string? rule = null, path = null, matched = null;
                var count = 1;
                foreach (var (field, _, fieldValue) in YamlNodeReader.Entries(entry))
                {
                    switch (field)
                    {
                        case "rule": rule = yaml.Scalar(fieldValue, "rule"); break;
                        case "path": path = yaml.Scalar(fieldValue, "path"); break;
                        case "text": matched = yaml.Scalar(fieldValue, "text"); break;
                        case "count": count = yaml.Integer(fieldValue, "count") ?? 1; break;
                    }
                }
                if (rule is null || path is null || matched is null)
                {
                    yaml.Error(item, "A finding needs rule, path and text.");
                    continue;
                }
                var findingKey = new BaselineKey(rule, path, matched);
                counts[findingKey] = (counts.TryGetValue(findingKey, out var n) ? n : 0) + count;
            }
        }
        return new Baseline(counts);
    }

    private static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || char.IsSurrogate(c) || c > '\u007e') builder.Append("\\u").Append(((int)c).ToString("x4"));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    private readonly record struct BaselineKey(string RuleId, string Path, string Text)
    {
        public static BaselineKey Of(Diagnostic diagnostic) =>
            new(diagnostic.RuleId, diagnostic.FilePath.Replace('\\', '/'), CollapseSpace(diagnostic.MatchedText));

        // Line endings and re-wrapping do not make a finding new.
        private static string CollapseSpace(string text) =>
            string.Join(" ", text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }
}
