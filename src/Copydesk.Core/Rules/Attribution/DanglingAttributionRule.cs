using System.Text.RegularExpressions;
using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Text;

namespace Copydesk.Core.Rules.Attribution;

/// <summary>
/// CD1002: an attribution that attributes nothing. "According to X, this information." names a
/// source but the claim that should follow is a bare noun phrase; "according to ," names no source;
/// "According to X." stands alone as a sentence.
/// </summary>
public sealed class DanglingAttributionRule : IRule
{
    private static readonly LazyRegex AccordingTo = new LazyRegex(@"\b(?:according\s+to|as\s+per)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "according to ," / "according to the ," — no source at all.
    private static readonly LazyRegex MissingSource = new LazyRegex(@"^\s*(?:(?:the|a|an|his|her|their|its)\s*)?(?:[,.;:!?]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly LazyRegex Word = new LazyRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*", RegexOptions.CultureInvariant);

    // Words that make the remainder a clause rather than a bare noun phrase.
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must", "has", "have", "had", "do", "does", "did", "says", "said", "say", "shows", "show", "showed",
        "comes", "came", "come", "goes", "went", "go", "gets", "got", "makes", "made", "plans", "wants", "needs", "holds",
        "remains", "seems", "appears", "looks", "means", "costs", "runs", "uses", "takes", "took", "gives", "gave",
        "continue", "continues", "expect", "expects", "launch", "launches", "rose", "fell", "grew", "won", "lost",
        "it's", "it’s", "there's", "there’s", "that's", "that’s", "won't", "can't", "isn't", "aren't", "wasn't",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "that", "these", "those", "such",
    };

    // The nouns a garbled attribution usually ends on: the claim was meant to follow them.
    private static readonly HashSet<string> InformationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "information", "info", "news", "report", "reports", "claim", "claims", "statement", "statements", "data", "details",
        "detail", "story", "rumor", "rumour", "rumors", "rumours", "announcement", "leak", "leaks", "fact", "facts",
        "figures", "numbers", "revelation", "update", "development", "confirmation", "insight", "insights",
    };

    public RuleDescriptor Descriptor { get; } = new("CD1002", "Dangling attribution", RuleCategory.Attribution, Severity.Warning,
        "An attribution names no source, or names a source but no claim (\"According to X, this information.\").");

    // Most sentences attribute nothing: one literal search rules them out before the pattern runs.
    private static readonly LiteralPrefilter AttributionLiterals = LiteralPrefilter.For(AccordingTo);

    public void Check(RuleContext context)
    {
        var article = context.Article;
        foreach (var block in article.Blocks)
        {
            if (block.Kind is not (ProseBlockKind.Paragraph or ProseBlockKind.Heading or ProseBlockKind.Headline or ProseBlockKind.Description)) continue;
            if (!AttributionLiterals.MayMatchAny(article, block.Start, block.Text.Length)) continue;
            foreach (var sentence in block.Sentences)
            {
                if (!AttributionLiterals.MayMatchAny(article, block.Start + sentence.Start, sentence.Length)) continue;
                var text = sentence.Of(block.Text);
                var match = AccordingTo.Match(text);
                if (!match.Success) continue;
                var start = block.Start + sentence.Start + match.Index;
                var rest = text.Substring(match.Index + match.Length);
                if (MissingSource.IsMatch(rest))
                {
                    context.Report(start, match.Length, "\"According to\" names no source.");
                    continue;
                }
                if (match.Index > 0 && !IsSentenceOpening(text, match.Index)) continue;
                if (IsClaimless(rest))
                    context.Report(start, sentence.Length - match.Index,
                        "This attribution has no claim: say what the source reported, or remove the attribution.");
            }
        }
    }

    private static bool IsSentenceOpening(string text, int index)
    {
        for (var i = 0; i < index; i++)
            if (char.IsLetterOrDigit(text[i])) return false;
        return true;
    }

    /// <summary>
    /// The remainder after "According to" is claimless when it has no comma and is short (the
    /// sentence is only an attribution), or when its last comma-separated part is a bare noun phrase.
    /// </summary>
    private static bool IsClaimless(string rest)
    {
        var body = rest.TrimEnd().TrimEnd('.', '!', '…', '"', '”', '\'', '’', ')');
        if (body.EndsWith("?", StringComparison.Ordinal)) return false;
        var comma = body.LastIndexOf(',');
        if (comma < 0)
        {
            // "According to GizmoChina." — nothing but the source.
            var count = Word.Matches(body).Count;
            return count is > 0 and <= 4 && !HasVerb(body);
        }
        var tailText = body.Substring(comma + 1);
        if (HasVerb(tailText)) return false;
        var tail = Word.Matches(tailText).Cast<Match>().Select(m => m.Value).ToList();
        if (tail.Count is 0 or > 4) return false;
        return Determiners.Contains(tail[0]) || InformationNouns.Contains(tail[tail.Count - 1]);
    }

    private static bool HasVerb(string text)
    {
        foreach (Match word in Word.Matches(text))
        {
            var w = word.Value;
            if (Verbs.Contains(w)) return true;
            // Past tenses and participles of any verb ("confirmed", "revealed").
            if (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && char.IsLower(w[0])) return true;
        }
        return false;
    }
}
