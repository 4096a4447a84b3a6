using System.Text.RegularExpressions;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Text;

namespace Copydesk.Core.Rules.Attribution;

/// <summary>
/// CD1003: a claim attributed to nobody in particular ("according to reports", "sources say",
/// "it is rumoured", "many believe"). An attribution that goes on to name the outlet or person
/// ("sources told Reuters", "according to a report by Bloomberg") is left alone.
/// </summary>
public sealed partial class VagueAttributionRule : IRule
{
    private const string Hedge = @"(?:some|many|several|multiple|recent|early|new|latest|local|media|press|news|online|unconfirmed|unnamed|anonymous|industry|other|various|numerous|reliable|trusted|insider|internal|credible)";

    // One alternation: every vague formula the rule knows.
    private const string PatternText =
        @"\baccording\s+to\s+(?:(?:some|many|several|multiple|recent|early|new|latest|local|media|press|news|online|unconfirmed|other|various|numerous)\s+)*(?:reports|sources|rumou?rs|insiders|leaks|whispers)\b" +
        @"|\baccording\s+to\s+(?:a|one|an)\s+(?:[\p{L}\-]+\s+){0,2}?(?:report|source|insider|leak|leaker|tipster)\b" +
        @"|\baccording\s+to\s+(?:people|someone|persons?|those)\s+(?:familiar|close|with\s+knowledge|in\s+the\s+know)\b" +
        @"|\baccording\s+to\s+(?:several|some|many|multiple|two|three|four|a\s+few|a\s+number\s+of|numerous|unnamed|anonymous|current\s+and\s+former|former)\s+(?:[\p{L}\-]+\s+){0,2}?(?:employees|staff(?:ers)?|people|officials|executives|insiders|workers|developers|analysts|observers|members|bankers|diplomats|engineers|sources)\b" +
        @"|(?:^|(?<=[.!?:;,]\s*)|(?<=\b(?:and|but|as|though|while|however|now|also)\s+))(?:" + Hedge + @"\s+)*(?:reports|sources|insiders|rumou?rs)\s+(?:say|said|says|suggest|suggested|claim|claimed|indicate|indicated|state|stated|allege|alleged|have\s+it|point\s+to|tell\s+us|reveal|revealed|familiar|close\s+to)\b" +
        @"|\b" + Hedge + @"\s+(?:(?:" + Hedge + @")\s+)*(?:reports|sources|insiders)\s+(?:say|said|says|suggest|suggested|claim|claimed|indicate|indicated|allege|alleged|told|tell|reveal|revealed|familiar|close\s+to)\b" +
        @"|\b(?:people|persons|those|someone|sources)\s+(?:familiar\s+with\s+the\s+(?:matter|plans?|situation|talks|discussions|deal|negotiations|company's\s+plans)|with\s+knowledge\s+of\s+the\s+(?:matter|plans?|situation|talks|discussions|deal))\b" +
        @"|\b(?:it|this)\s*(?:is|was|has\s+been|had\s+been|'s|’s)\s+(?:widely\s+|long\s+|also\s+|now\s+)?(?:rumou?red|whispered)\b" +
        @"|\b(?:it|this)\s*(?:is|was|has\s+been|had\s+been|'s|’s)\s+(?:widely\s+|long\s+|also\s+|now\s+|being\s+)?(?:said|believed|reported|claimed|alleged|understood|speculated|thought)\s+that\b" +
        @"|\b(?:a|an|one)\s+(?:(?:senior|company|industry|government|anonymous|unnamed|well-placed|person)\s+)?(?:source|insider|official|person|executive)\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of|who\s+(?:asked|declined|spoke|did\s+not\s+want))\b" +
        @"|\b(?:anonymous|unnamed|unidentified)\s+(?:sources?|insiders?|officials?|employees?|executives?|persons?|people|tipsters?)\b" +
        @"|\brumou?rs\s+(?:are|have\s+been)\s+(?:swirling|circulating|flying|growing)\b|\bthere\s+(?:is|has\s+been)\s+(?:growing\s+|much\s+)?speculation\s+that\b" +
        @"|\b(?:commentators|observers|fans|analysts)\s+(?:have\s+)?(?:speculated|claimed|suggested)\b" +
        @"|\brumou?r\s+has\s+it\b|\bword\s+on\s+the\s+street\b|\bthe\s+rumou?r\s+mill\b|\bthe\s+grapevine\b" +
        @"|\b(?:many|some|most)\s+(?:people\s+|fans\s+|observers\s+|analysts\s+|experts\s+|insiders\s+)?(?:believe|say|claim|allege|suspect|speculate)\b" +
        @"|\b(?:experts|observers|insiders|critics|pundits)\s+(?:say|believe|claim|suggest|allege)\b" +
        @"|\bthere\s+(?:are|have\s+been)\s+(?:unconfirmed\s+)?(?:reports|rumou?rs|whispers)\b";

    private const RegexOptions PatternOptions = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline;

#if NET
    [GeneratedRegex(PatternText, PatternOptions)]
    private static partial Regex GeneratedPattern();

    private static readonly LazyRegex Pattern = new(GeneratedPattern, PatternText, PatternOptions);
#else
    private static readonly LazyRegex Pattern = new(PatternText, PatternOptions);
#endif

    // "… sources told Reuters", "… reports from Bloomberg": the source is named after all.
    private static readonly LazyRegex NamedSourceAfter = new LazyRegex(
        @"^\W*(?:\w+\W+){0,3}?(?:from|by|in|at|told|tells|to|with|on|published\s+by|cited\s+by|speaking\s+to|quoted\s+(?:by|in))\s+(?:[Tt]he\s+)?(?!The\b|A\b|An\b|This\b|That\b|It\b)\p{Lu}",
        RegexOptions.CultureInvariant);

    public RuleDescriptor Descriptor { get; } = new("CD1003", "Vague attribution", RuleCategory.Attribution, Severity.Warning,
        "A claim is attributed to unnamed reports, sources or people instead of an identifiable source.");

    // "Many believe …, said physicist Rahul Iyer": the belief is reported by a named speaker.
    private static readonly LazyRegex CommonBelief = new LazyRegex(@"^(?:many|some|most|experts|observers|insiders|critics|pundits)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly LazyRegex NamedSpeaker = new LazyRegex(
        @"\b(?:said|says|told|wrote|writes|explained|added|argued|according\s+to)\s+(?:[\p{Ll}\-]+\s+){0,3}\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:said|says|told|wrote|explained|added|argued)\b",
        RegexOptions.CultureInvariant);

    public void Check(RuleContext context)
    {
        var article = context.Article;
        foreach (var block in article.Blocks)
        {
            if (!IsProse(block.Kind)) continue;
            if (!MayHoldFormula(article, block.Start, block.Text.Length)) continue;
            foreach (var sentence in block.Sentences)
            {
                if (!MayHoldFormula(article, block.Start + sentence.Start, sentence.Length)) continue;
                var text = sentence.Of(block.Text);
                foreach (Match match in Pattern.Matches(text))
                {
                    var after = text.Substring(match.Index + match.Length, Math.Min(60, text.Length - match.Index - match.Length));
                    if (NamedSourceAfter.IsMatch(after)) continue;
                    if (CommonBelief.IsMatch(match.Value) && NamedSpeaker.IsMatch(text)) continue;
                    context.Report(block.Start + sentence.Start + match.Index, match.Length,
                        $"Vague attribution \"{match.Value}\": name the outlet or person the claim comes from.");
                }
            }
        }
    }

    // Every formula the pattern knows contains one of these single words, or one of the withheld-name words below
    // with a role (a lone "source" or "report" only after "according to" or beside "familiar" and the like): most
    // prose contains none, and a search is far cheaper than the pattern. Single words, since the pattern allows any
    // blanks, line breaks included, between words.
    private static readonly string[] Triggers =
    [
        "accord", "reports", "reported", "sources", "insider", "rumo", "leak", "whisper", "familiar", "knowledge", "said", "believ", "claim",
        "alleg", "understood", "speculat", "thought", "street", "grapevine", "say", "suspect", "suggest", "anonymous", "unnamed",
        "unidentified",
    ];

    // "A source close to", "an official who declined": these words, common on their own, only make a
    // formula beside one of the roles (an insider is a trigger already).
    private static readonly string[] WithheldNameWords = ["close", "asked", "declined", "spoke", "want"];
    private static readonly string[] UnnamedRoles = ["source", "official", "person", "executive"];

    // All three lists in one search: a text is read once, whichever of them it holds.
    private static readonly LiteralSet FormulaWords = new([.. Triggers, .. WithheldNameWords, .. UnnamedRoles]);
    private static readonly int[] TriggerAt = PositionsOf(Triggers), WithheldAt = PositionsOf(WithheldNameWords), RoleAt = PositionsOf(UnnamedRoles);

    private static int[] PositionsOf(string[] words) =>
        words.Select(w => FormulaWords.Strings.ToList().FindIndex(s => string.Equals(s, w, StringComparison.OrdinalIgnoreCase))).ToArray();

    private static bool MayHoldFormula(Articles.Article article, int start, int length)
    {
        var found = FormulaWords.Occurrences(article, start, length);
        return AnyOf(found, TriggerAt) || (AnyOf(found, WithheldAt) && AnyOf(found, RoleAt));
    }

    private static bool AnyOf(bool[] found, int[] positions)
    {
        foreach (var i in positions)
            if (found[i]) return true;
        return false;
    }

    private static bool IsProse(Articles.ProseBlockKind kind) =>
        kind is Articles.ProseBlockKind.Paragraph or Articles.ProseBlockKind.Heading
            or Articles.ProseBlockKind.Headline or Articles.ProseBlockKind.Description;
}
