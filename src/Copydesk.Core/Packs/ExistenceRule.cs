using Copydesk.Core.Diagnostics;
using Copydesk.Core.Rules;
using Copydesk.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Copydesk.Core.Packs;

/// <summary>
/// <c>type: existence</c>: words (<c>tokens</c>, one multi-string search per document) or patterns
/// (<c>patterns</c>, reporting the group named <c>match</c> when there is one) that must not appear.
/// With <c>fix: remove</c> the finding offers to delete what matched. With <c>unless</c>, a document
/// whose prose matches any of those patterns is left alone (a page that explains templates may show
/// a template token).
/// </summary>
public sealed class ExistenceRule : PackRule
{
    public static readonly string[] Keys = ["tokens", "patterns", "unless"];

    private readonly TermMatcher? _tokens;
    private readonly IReadOnlyList<SafeRegex> _patterns;
    private readonly Lazy<LiteralPrefilter> _prefilter;
    private readonly IReadOnlyList<SafeRegex> _unless;

    public ExistenceRule(PackRuleHeader header, IReadOnlyList<string> tokens, IReadOnlyList<SafeRegex> patterns,
        IReadOnlyList<SafeRegex>? unless = null) : base(header)
    {
        _tokens = tokens.Count > 0 ? new TermMatcher(tokens, header.IgnoreCase) : null;
        _patterns = patterns;
        _prefilter = PrefilterOver(patterns);
        _unless = unless ?? [];
    }

    internal static ExistenceRule? Parse(PackRuleHeader header, YamlMappingNode node, YamlNodeReader yaml)
    {
        var tokens = new List<string>();
        var patterns = new List<SafeRegex>();
        var unless = new List<SafeRegex>();
        foreach (var (key, keyNode, value) in YamlNodeReader.Entries(node))
        {
            if (key == "unless") unless.AddRange(PatternList.Parse(value, "unless", header, yaml));
            if (key == "tokens") tokens.AddRange(yaml.Strings(value, "tokens").Select(t => t.Value));
            if (key == "patterns") patterns.AddRange(PatternList.Parse(value, "patterns", header, yaml));
        }
        if (tokens.Count == 0 && patterns.Count == 0 && !YamlNodeReader.Entries(node).Any(e => Keys.Contains(e.Key)))
        {
            yaml.Error(node, $"Rule {header.Descriptor.Id} (existence) needs \"tokens\" or \"patterns\".");
            return null;
        }
        if (tokens.Count == 0 && patterns.Count == 0) return null;
        return new ExistenceRule(header, tokens, patterns, unless);
    }

    public override IEnumerable<SafeRegex> Patterns => _patterns.Concat(_unless);

    public override void Check(RuleContext context)
    {
        var article = context.Article;
        var spans = new List<(int Start, int Length)>();
        if (_tokens is not null)
            foreach (var hit in TermHitsInScope(article, _tokens))
                spans.Add((hit.Start, hit.Length));

        // Every block is a slice of the prose view: a pattern whose literals the prose lacks cannot match in any block,
        // and one whose literals a block lacks cannot match there.
        var anyCandidate = _patterns.Count > 0 && _prefilter.Value.Candidates(article).Count > 0;
        foreach (var block in anyCandidate ? BlocksInScope(article) : [])
            foreach (var candidate in _prefilter.Value.Candidates(article, block.Start, block.Text.Length))
                foreach (var match in _patterns[candidate].Matches(block.Text))
                {
                    var reported = SafeRegex.Reported(match);
                    if (reported.Length == 0 || string.IsNullOrWhiteSpace(reported.Value)) continue;
                    spans.Add((block.Start + reported.Index, reported.Length));
                }

        // The exemption is a scan of the whole document: only pay for it when there is something to exempt.
        if (spans.Count == 0 || _unless.Any(p => p.Matches(article.Prose).Any())) return;

        // Several patterns may describe the same leftover: report each stretch of text once, longest first.
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var covered = 0;
        foreach (var (start, length) in spans)
        {
            if (start < covered) continue;
            Report(context, start, length);
            covered = start + length;
        }
    }

    private void Report(RuleContext context, int start, int length)
    {
        var text = context.Article.Text;
        var fix = Header.Fixable ? new[] { TextEdits.RemoveWord(text, start, length) } : null;
        context.Report(start, length, FormatMessage(text.Substring(start, length)), fix);
    }
}
