using System.Text.RegularExpressions;
using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Text;

namespace Copydesk.Core.Rules.Sourcing;

/// <summary>
/// CD1102: the writer guesses about a source instead of checking it ("I assume that this video is
/// in Chinese"). A guess about anything else ("I assume most buyers …") is the writer's opinion, not
/// a sourcing gap, so the sentence must also refer to the source itself.
/// </summary>
public sealed class SourceSpeculationRule : IRule
{
    // First person singular: technical docs say "we assume the document is open" about the reader's setup.
    private static readonly LazyRegex Speculation = new LazyRegex(
        @"\bI\s+(?:(?:can\s+only|would|could|only|just)\s+)?(?:assume|guess|suppose|imagine|suspect|presume|speculate|reckon)\b" +
        @"|\bI(?:'d|’d)\s+(?:assume|guess|imagine|suspect|bet)\b|\b(?:I'm|I’m|I\s+am)\s+(?:guessing|assuming|supposing|speculating)\b" +
        @"|\bmy\s+(?:guess|assumption|hunch|suspicion)\s+is\b|\bpresumably\b|\bI\s+(?:haven't|have\s+not|couldn't|could\s+not|didn't|did\s+not|can't|cannot)\s+(?:seen|watched|see|watch|find|found|verify|verified|access|accessed|listen|heard)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // The source itself, referred to definitely: "this video", "the interview", "his post".
    private static readonly LazyRegex SourceReference = new LazyRegex(
        @"\b(?:this|that|the|his|her|their|its|said)\s+(?:[\p{L}\-]+\s+)?(?:video|clip|interview|podcast|post|tweet|livestream|live\s*stream|footage|recording|source|memo|leak|transcript|broadcast|vlog|keynote|Weibo\s+post|WeChat\s+post)s?\b(?!\s+(?:code|file|files|tree|directory|control|folder|project|language|text|request|method|data|body|handler|build|processing))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public RuleDescriptor Descriptor { get; } = new("CD1102", "Speculation about an unseen source", RuleCategory.Sourcing, Severity.Warning,
        "The writer guesses what a source says or is, instead of checking it.");

    // Most sentences hold no word of guessing: one literal search rules them out before the pattern runs.
    private static readonly LiteralPrefilter SpeculationLiterals = LiteralPrefilter.For(Speculation);

    public void Check(RuleContext context)
    {
        var article = context.Article;
        foreach (var block in article.Blocks)
        {
            if (block.Kind is not (ProseBlockKind.Paragraph or ProseBlockKind.Headline or ProseBlockKind.Description)) continue;
            if (!SpeculationLiterals.MayMatchAny(article, block.Start, block.Text.Length)) continue;
            foreach (var sentence in block.Sentences)
            {
                if (!SpeculationLiterals.MayMatchAny(article, block.Start + sentence.Start, sentence.Length)) continue;
                var text = sentence.Of(block.Text);
                var speculation = Speculation.Match(text);
                if (!speculation.Success || !SourceReference.IsMatch(text)) continue;
                context.Report(block.Start + sentence.Start + speculation.Index, speculation.Length,
                    $"\"{speculation.Value}\": the writer guesses about a source. Check the source, or leave the guess out.");
            }
        }
    }
}
