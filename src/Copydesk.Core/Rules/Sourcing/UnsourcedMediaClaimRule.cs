using System.Text.RegularExpressions;
using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Text;

namespace Copydesk.Core.Rules.Sourcing;

/// <summary>
/// CD1101: a claim that rests on a video, interview, livestream, post or leaked document the
/// reader cannot find: no link, no named outlet, no date. "He revealed it in a video" fires;
/// "in an interview with Reuters on 3 May" and a linked "[video](…)" do not.
/// </summary>
public sealed partial class UnsourcedMediaClaimRule : IRule
{
    private const string Platforms = @"Weibo|WeChat|Twitter|X|Instagram|Facebook|TikTok|YouTube|LinkedIn|Threads|Reddit|Bilibili|Douyin|Telegram|Discord|Twitch|Mastodon|Bluesky|social\s+media";

    private const string MediaNoun =
        @"(?:video|livestream|live\s*stream|live\s+broadcast|interview|podcast|post|tweet|vlog|clip|broadcast|webcast|keynote|AMA|Q&A|" +
        @"press\s+(?:event|conference|briefing)|media\s+(?:event|briefing)|(?:" + Platforms + @")\s+(?:post|video|story|thread|update|live)|" +
        @"blog\s+post|memo|email|e-mail|voice\s+note|" +
        @"(?:leaked|internal)\s+(?:document|memo|email|e-mail|slide|roadmap|presentation|image|photo|screenshot|video|recording|report|spreadsheet))s?";

    // "in a video", "during his livestream", "in an interview", "at a press event".
    private const string MediaReferencePattern =
        @"\b(?:in|on|during|via|through|from|at|according\s+to)\s+(?:a|an|his|her|their|its|one|\p{Lu}[\p{L}\p{N}]*(?:'s|’s))\s+" +
        @"(?:(?:recent|new|latest|short|brief|lengthy|long|live|exclusive|leaked|private|internal|viral|deleted|since-deleted|now-deleted|separate|official|personal|promotional|\w+-minute|Chinese|English|Korean|Japanese)\s+)*" +
        MediaNoun + @"(?![-\w])(?!\s+office)" +
        @"|\b(?:posted|wrote|said|shared|announced|revealed|confirmed|teased|hinted|stated|claimed|explained|admitted|disclosed)\s+(?:[\p{L}’']+\s+){0,3}?on\s+(?:his|her|their|its|the\s+company's|\p{Lu}\w*(?:'s|’s)\s+)?\s*(?:official\s+)?(?:" + Platforms + @")\b" +
        @"|\btook\s+to\s+(?:" + Platforms + @")\b" +
        @"|\b(?:a|the)\s+leaked\s+(?:internal\s+)?(?:document|memo|email|e-mail|slide|roadmap|presentation|image|photo|screenshot|video|recording|report|spreadsheet)s?\b" +
        @"|\b(?:leaked|internal)\s+(?:documents|memos|emails|slides)\s+(?:show|showed|reveal|revealed|suggest|suggested|indicate|indicated)\b" +
        @"|\ba\s+(?:recent\s+|new\s+|viral\s+)?(?:video|clip|post|tweet|livestream)\s+(?:shows|showed|reveals|revealed|suggests|suggested|confirms|confirmed)\b";

    private const RegexOptions MediaReferenceOptions = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // Runs on most sentences of technical docs ("stream", "thread" and "document" pass its gate): source-generated.
#if NET
    [GeneratedRegex(MediaReferencePattern, MediaReferenceOptions)]
    private static partial Regex GeneratedMediaReference();

    private static readonly LazyRegex MediaReference = new(GeneratedMediaReference, MediaReferencePattern, MediaReferenceOptions);
#else
    private static readonly LazyRegex MediaReference = new(MediaReferencePattern, MediaReferenceOptions);
#endif

    private static readonly LazyRegex ReportingVerb = new LazyRegex(
        @"\b(?:revealed|reveals|said|says|stated|states|explained|explains|confirmed|confirms|announced|announces|claimed|claims|disclosed|discloses|admitted|admits|teased|teases|hinted|hints|showed|shows|shown|shared|shares|mentioned|mentions|noted|notes|told|tells|answered|answers|responded|responds|spoke|speaks|talked|talks|discussed|discusses|described|describes|suggested|suggests|insisted|insists|argued|argues|promised|promises|denied|denies|unveiled|unveils|demonstrated|demonstrates|showcased|showcases|appeared|appears|outlined|outlines|detailed|details|acknowledged|acknowledges|pointed\s+out|indicated|indicates|leaked|posted|wrote|added|expressed|addressed|reiterated|praised|criticized|criticised|boasted|defended|defends|saying|telling|explaining|claiming|insisting|arguing|revealing|confirming|admitting|announcing|describing|promising|warning|warned|apologi[sz]ed|repeated|repeats|adding|noting|stressing|writing|posting|sharing|hinting|teasing|joking|joked|conceded|conceding)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // A named outlet right after the media noun: "an interview with The Verge", "a video for CNBC".
    private static readonly LazyRegex NamedOutletAfter = new LazyRegex(
        @"^\s*(?:(?!(?:" + Platforms + @")\b)[\p{L}’']+\s+){0,2}?(?:with|to|for|by|from|published\s+by|aired\s+on|posted\s+by|on|in)\s+(?:[Tt]he\s+)?(?!(?:" + Platforms + @"|He|She|They|It|His|Her|Their|Its|The|A|An|Chinese|English|Korean|Japanese|German|French|Spanish|Italian|Hindi|Portuguese)\b)\p{Lu}",
        RegexOptions.CultureInvariant);

    private static readonly LazyRegex DateMention = new LazyRegex(
        @"\b(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}\b|\d{1,2}\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|\d{4}-\d{2}-\d{2})",
        RegexOptions.CultureInvariant);

    private static readonly LazyRegex Link = new LazyRegex(@"https?://|www\.|\]\(|\]\[|<a\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public RuleDescriptor Descriptor { get; } = new("CD1101", "Unsourced media claim", RuleCategory.Sourcing, Severity.Warning,
        "A claim rests on a video, interview, post or leaked document that is not linked and names no outlet or date.");

    // Most sentences name no medium at all: one literal search rules them out before the pattern runs.
    private static readonly LiteralPrefilter MediaLiterals = LiteralPrefilter.For(MediaReference);

    public void Check(RuleContext context)
    {
        var article = context.Article;
        foreach (var block in article.Blocks)
        {
            if (block.Kind is not (ProseBlockKind.Paragraph or ProseBlockKind.Headline or ProseBlockKind.Description)) continue;
            if (!MediaLiterals.MayMatchAny(article, block.Start, block.Text.Length)) continue;
            // A link anywhere in the paragraph is the reader's way to the source.
            if (Link.IsMatch(article.Text.Substring(block.Start, block.Text.Length))) continue;
            foreach (var sentence in block.Sentences)
            {
                if (!MediaLiterals.MayMatchAny(article, block.Start + sentence.Start, sentence.Length)) continue;
                var text = sentence.Of(block.Text);
                var match = MediaReference.Match(text);
                if (!match.Success || DateMention.IsMatch(text)) continue;
                for (; match.Success; match = match.NextMatch())
                {
                    var after = text.Substring(match.Index + match.Length);
                    if (NamedOutletAfter.IsMatch(after)) continue;
                    if (StartsWithPreposition(match.Value) && !ReportingVerb.IsMatch(text)) continue;
                    context.Report(block.Start + sentence.Start + match.Index, match.Length,
                        $"\"{match.Value}\" is cited with no link, outlet or date: link the source or name where and when it appeared.");
                    break;
                }
            }
        }
    }

    private static bool StartsWithPreposition(string value) => !value.StartsWith("took", StringComparison.OrdinalIgnoreCase)
        && !value.StartsWith("a ", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
        && !value.StartsWith("leaked", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("internal", StringComparison.OrdinalIgnoreCase);
}
