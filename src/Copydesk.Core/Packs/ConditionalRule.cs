using Copydesk.Core.Rules;
using Copydesk.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Copydesk.Core.Packs;

/// <summary>
/// <c>type: conditional</c>: a match of <c>first</c> needs a match of <c>second</c> nearby
/// (<c>within: sentence</c> or <c>paragraph</c>), e.g. a cited video needs a link. <c>second</c> is
/// searched in the raw text of that sentence or paragraph, so links and URLs count as evidence.
/// </summary>
public sealed class ConditionalRule : PackRule
{
    public static readonly string[] Keys = ["first", "second", "within"];

    private readonly IReadOnlyList<SafeRegex> _first;
    private readonly Lazy<LiteralPrefilter> _prefilter;
    private readonly IReadOnlyList<SafeRegex> _second;
    private readonly bool _withinSentence;

    public ConditionalRule(PackRuleHeader header, IReadOnlyList<SafeRegex> first, IReadOnlyList<SafeRegex> second, bool withinSentence)
        : base(header)
    {
        _first = first;
        _prefilter = PrefilterOver(first);
        _second = second;
        _withinSentence = withinSentence;
    }

    internal static ConditionalRule? Parse(PackRuleHeader header, YamlMappingNode node, YamlNodeReader yaml)
    {
        var first = new List<SafeRegex>();
        var second = new List<SafeRegex>();
        var withinSentence = false;
        foreach (var (key, _, value) in YamlNodeReader.Entries(node))
        {
            switch (key)
            {
                case "first": first.AddRange(PatternList.Parse(value, "first", header, yaml)); break;
                case "second": second.AddRange(PatternList.Parse(value, "second", header, yaml)); break;
                case "within":
                    var within = yaml.Scalar(value, "within");
                    if (within is "sentence") withinSentence = true;
                    else if (within is not (null or "paragraph")) yaml.Error(value, $"Expected \"within\" to be sentence or paragraph, not \"{within}\".");
                    break;
            }
        }
        if (first.Count == 0 || second.Count == 0)
        {
            // Keys that were there but held only invalid patterns are reported already.
            if (YamlNodeReader.Entries(node).Count(e => e.Key is "first" or "second") == 2) return null;
            yaml.Error(node, $"Rule {header.Descriptor.Id} (conditional) needs both \"first\" and \"second\" patterns.");
            return null;
        }
        return new ConditionalRule(header, first, second, withinSentence);
    }

    public override IEnumerable<SafeRegex> Patterns => _first.Concat(_second);

    public override void Check(RuleContext context)
    {
        var text = context.Article.Text;
        if (_prefilter.Value.Candidates(context.Article).Count == 0) return;
        foreach (var block in BlocksInScope(context.Article))
        {
            var sentences = _withinSentence ? block.Sentences : [new Sentence(0, block.Text.Length)];
            foreach (var candidate in _prefilter.Value.Candidates(context.Article, block.Start, block.Text.Length))
                foreach (var match in _first[candidate].Matches(block.Text))
                {
                    var reported = SafeRegex.Reported(match);
                    if (reported.Length == 0) continue;
                    var unit = sentences.FirstOrDefault(s => s.Start <= reported.Index && reported.Index < s.End) ?? new Sentence(0, block.Text.Length);
                    var raw = text.Substring(block.Start + unit.Start, unit.Length);
                    if (_second.Any(p => p.Matches(raw).Any())) continue;
                    var start = block.Start + reported.Index;
                    context.Report(start, reported.Length, FormatMessage(text.Substring(start, reported.Length)));
                }
        }
    }
}
