using System.Text.RegularExpressions;
using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Text;

namespace Copydesk.Core.Rules.Attribution;

/// <summary>
/// CD1001: one article says A did something to B (approached, acquired, sued, hired, beat) and
/// elsewhere that B did it to A. Parties are normalised (case, possessives, "the company", a CEO
/// standing for the company), and two events told apart by dates or sequence words ("again",
/// "in response", "last season") are left alone. The odd one out is reported.
/// </summary>
public sealed partial class ContradictoryAttributionRule : IRule
{
    private enum Action { Approach, Acquire, Sue, Hire, Beat }

    private sealed record Party(string Key, int Start, int End);

    private sealed record Relation(Action Action, string Agent, string Patient, int Start, int End, int Sentence, string Anchors, bool Sequenced,
        HashSet<string> Topic);

    private static readonly HashSet<string> TopicPrepositions = new(StringComparer.OrdinalIgnoreCase) { "over", "about", "regarding", "at" };

    private static readonly HashSet<string> TopicStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "their", "its", "his", "her", "new", "first", "this", "that", "our", "last",
    };

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // Each verb phrase with its action; "passive" phrases put the agent after them ("was sued by"). Entry i of the
    // table is group v{i} of the verbs pattern, a constant so that the regex generator compiles it.
    private const string ApproachActive = @"approach(?:ed|es)?|contact(?:ed|s)?|courted|reach(?:ed|es)?\s+out\s+to|made\s+the\s+first\s+move\s+(?:on|toward|towards|with)|initiated\s+(?:talks|contact|discussions|negotiations|the\s+(?:partnership|collaboration|talks|deal|cooperation))\s+with|(?:proposed|pitched)\s+(?:a|the)\s+(?:partnership|collaboration|deal|merger|tie-up|cooperation|idea)\s+to|made\s+the\s+first\s+move|was\s+the\s+first\s+to\s+(?:reach\s+out|make\s+contact|get\s+in\s+touch|call)|initiated\s+(?:the\s+)?(?:talks|contact|discussions|negotiations)";
    private const string ApproachPassive = @"(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+ly\s+|first\s+)?(?:approached|contacted|courted)\s+by";
    private const string AcquireActive = @"acquir(?:ed|es|e)|bought|buys?|purchas(?:ed|es|e)|took\s+over|takes?\s+over|snapped\s+up";
    private const string AcquirePassive = @"(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+ly\s+)?(?:acquired|bought|purchased|taken\s+over|snapped\s+up)\s+by";
    private const string SueActive = @"sued|sues?|(?:filed|files|brought|brings)\s+(?:a\s+)?(?:lawsuit|suit|complaint|legal\s+action)\s+against|took\s+legal\s+action\s+against";
    private const string SuePassive = @"(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+ly\s+)?sued\s+by";
    private const string HireActive = @"hired|hires?|poached|poach(?:es)?|recruited|recruits?";
    private const string HirePassive = @"(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+ly\s+)?(?:hired|poached|recruited)\s+by";
    private const string BeatActive = @"beat|beats|defeated|defeats|defeat|edged(?:\s+past)?|thrashed|routed|crushed|outplayed|overcame|knocked\s+out|eliminated|won\s+against";
    private const string BeatPassive = @"(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+ly\s+)?(?:beaten|defeated|thrashed|eliminated|knocked\s+out)\s+by|lost\s+to|loses\s+to|fell\s+to|falls\s+to|succumbed\s+to";

    private static readonly (Action Action, bool Passive)[] VerbTable =
    [
        (Action.Approach, false),
        (Action.Approach, true),
        (Action.Acquire, false),
        (Action.Acquire, true),
        (Action.Sue, false),
        (Action.Sue, true),
        (Action.Hire, false),
        (Action.Hire, true),
        (Action.Beat, false),
        (Action.Beat, true),
    ];

    private const string VerbsPattern =
        $@"(?<v0>\b(?:{ApproachActive})\b)" +
        $@"|(?<v1>\b(?:{ApproachPassive})\b)" +
        $@"|(?<v2>\b(?:{AcquireActive})\b)" +
        $@"|(?<v3>\b(?:{AcquirePassive})\b)" +
        $@"|(?<v4>\b(?:{SueActive})\b)" +
        $@"|(?<v5>\b(?:{SuePassive})\b)" +
        $@"|(?<v6>\b(?:{HireActive})\b)" +
        $@"|(?<v7>\b(?:{HirePassive})\b)" +
        $@"|(?<v8>\b(?:{BeatActive})\b)" +
        $@"|(?<v9>\b(?:{BeatPassive})\b)";

    // "Leica made the first move": who started it, with the other side left implicit.
    private static readonly LazyRegex FirstMove = new LazyRegex(
        @"\b(?:made\s+the\s+first\s+move|was\s+the\s+first\s+to\s+(?:reach\s+out|make\s+contact|get\s+in\s+touch|call)|initiated\s+(?:the\s+)?(?:talks|contact|discussions|negotiations))\b(?!\s+(?:on|toward|towards|with|to)\b)", Options);

    private const string Unnamed = "*";

#if NET
    [GeneratedRegex(VerbsPattern, Options)]
    private static partial Regex GeneratedVerbs();

    private static readonly LazyRegex Verbs = new(GeneratedVerbs, VerbsPattern, Options);
#else
    private static readonly LazyRegex Verbs = new(VerbsPattern, Options);
#endif


    private const string Titles = @"CEO|chief\s+executive|founder|co-founder|cofounder|boss|president|chairman|chairwoman|chair|CTO|CFO|COO|owner|head|director|spokesperson|spokesman|spokeswoman|manager|coach";
    private const string Name = @"\p{Lu}[\p{L}\p{N}\-]*(?:\s+\p{Lu}[\p{L}\p{N}\-]*){0,2}";

    // "Xiaomi CEO Lei Jun", "Lei Jun, the CEO of Xiaomi", "Lei Jun, Xiaomi's CEO", "the CEO of Xiaomi, Lei Jun".
    private static readonly LazyRegex[] PersonOfOrganisation =
    [
        new LazyRegex($@"(?<org>{Name})(?:'s|’s)?\s+(?:{Titles})\s*,?\s+(?<person>{Name})", RegexOptions.CultureInvariant),
        new LazyRegex($@"(?<person>{Name}),\s+(?:the\s+)?(?:{Titles})\s+(?:of|at)\s+(?<org>{Name})", RegexOptions.CultureInvariant),
        new LazyRegex($@"(?<person>{Name}),\s+(?<org>{Name})(?:'s|’s)\s+(?:{Titles})", RegexOptions.CultureInvariant),
        new LazyRegex($@"\b(?:the\s+)?(?:{Titles})\s+of\s+(?<org>{Name}),\s+(?<person>{Name})", RegexOptions.CultureInvariant),
    ];

    // Each of them needs a title ("CEO", "founder"): most blocks hold none.
    private static readonly LiteralPrefilter PersonOfOrganisationLiterals = new([.. PersonOfOrganisation.Select(p => (p.Pattern, p.Options))]);

    private static readonly LazyRegex TitleWord = new LazyRegex($@"^(?:{Titles})$", Options);

    // When an event happened; compared only near the verb, since a sentence's other dates are often the reporting's.
    private static readonly LazyRegex TimeAnchor = new LazyRegex(
        @"^(?:(?:19|20)\d{2}|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|winter|season|year|month|week)$", Options);

    private const int AnchorWindow = 8;

    // Words that place an event in a sequence: a second event, not a contradiction.
    private static readonly LazyRegex SequenceWord = new LazyRegex(
        @"\b(?:again|earlier|later|previously|rematch|in\s+response|in\s+turn|in\s+return|retaliat\w*|counter\w*|back\s+in|ago|return\s+leg|first\s+leg|second\s+leg|afterwards|subsequently|this\s+time)\b", Options);

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "appears", "appear", "appeared", "seems", "seem", "seemed", "to", "have", "has", "had", "first", "proceeded", "proceeds",
        "was", "were", "is", "the", "one", "who", "that", "did", "does", "in", "fact", "also", "then", "which", "been", "ultimately",
        "who", "had", "actually", "reportedly", "initially", "originally", "apparently", "allegedly", "indeed", "finally", "eventually",
        "agreed", "agrees", "decided", "decides", "moved", "moves", "went", "on", "formally", "officially",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase) { "not", "never", "didn't", "didn’t", "did", "hadn't", "hadn’t", "wasn't", "wasn’t" };

    // A party that only wanted, planned or may do it has not done it.
    private static readonly HashSet<string> Hypothetical = new(StringComparer.OrdinalIgnoreCase)
    {
        "could", "would", "might", "may", "will", "should", "shall", "wants", "want", "wanted", "plans", "plan", "planned", "planning",
        "hopes", "hoped", "tried", "tries", "try", "attempted", "attempts", "considering", "considered", "considers", "expected", "set",
        "going", "looking", "aims", "aimed", "intends", "intended", "refused", "declined", "threatened", "failed", "if", "whether",
        "can", "cannot", "can't", "won't", "wouldn't", "unless", "offered", "sought", "seeks", "seeking",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they" };

    private static readonly HashSet<string> GenericNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "brand", "automaker", "carmaker", "startup", "giant", "maker", "manufacturer", "group", "team", "club",
        "studio", "publisher", "bank", "retailer", "developer", "chipmaker", "outfit", "side", "company's", "firm's", "brand's",
    };

    private static readonly HashSet<string> Descriptors = new(StringComparer.OrdinalIgnoreCase)
    {
        "rival", "rivals", "competitor", "startup", "studio", "chain", "carmaker", "automaker", "maker", "brand", "firm", "company",
        "retailer", "bank", "lender", "insurer", "developer", "publisher", "club", "side", "team", "champions", "neighbours",
        "neighbors", "giant", "partner", "supplier", "group", "outfit", "label", "operator", "airline", "carrier", "app",
        "seed", "champion", "holder", "defender", "favourite", "favorite", "opponent", "veteran", "newcomer", "compatriot",
        "teammate", "challenger", "leaders", "hosts", "visitors", "coach", "manager", "executive", "founder",
    };

    private static readonly HashSet<string> CorporateSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "INC", "INC.", "CORP", "CORP.", "CORPORATION", "LTD", "LTD.", "LLC", "CO", "CO.", "GROUP", "AG", "SE", "SA", "GMBH", "PLC", "HOLDINGS", "COMPANY",
    };

    // Capitalised words that are not names: sentence openers, and every word of an all-caps sentence.
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "but", "so", "then", "that", "this", "these", "those", "it", "its", "he", "she", "they", "we",
        "i", "you", "his", "her", "their", "our", "my", "your", "in", "on", "at", "to", "for", "of", "with", "by", "from", "as", "after",
        "before", "when", "while", "because", "since", "although", "though", "if", "not", "no", "yes", "now", "today", "yesterday",
        "also", "however", "meanwhile", "instead", "rather", "first", "finally", "last", "later", "earlier", "again", "both", "all",
        "says", "said", "say", "explains", "explained", "claims", "claimed", "reports", "reported", "confirms", "confirmed", "notes",
        "noted", "adds", "added", "told", "tells", "reveals", "revealed", "stated", "states", "insists", "insisted", "believes",
        "is", "was", "were", "are", "be", "been", "has", "have", "had", "did", "does", "do", "will", "would", "could", "should", "may",
        "might", "who", "which", "what", "where", "why", "how", "there", "here", "other", "way", "around", "reminder", "update",
        "breaking", "exclusive", "report", "news", "opinion", "analysis", "not", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "under", "in", "twist", "meanwhile", "only", "even", "just", "still", "already",
    };

    // Lower-case words that may follow a patient without making it a modifier ("bought Leica lenses").
    private static readonly HashSet<string> PatientFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "in", "on", "at", "for", "to", "with", "first", "after", "before", "from", "over", "last", "earlier", "back",
        "not", "rather", "instead", "because", "since", "when", "while", "as", "who", "which", "that", "by", "outright", "again",
        "too", "also", "during", "until", "about", "into", "this", "last", "early", "late", "without", "despite", "so", "then",
        "out", "off", "twice", "once", "itself", "themselves", "directly", "is", "was", "were", "are", "had", "has", "have",
    };

    public RuleDescriptor Descriptor { get; } = new("CD1001", "Contradictory attribution", RuleCategory.Attribution, Severity.Warning,
        "The article says A did something to B and elsewhere that B did it to A (who approached, bought, sued, hired or beat whom).");

    // Cheap substring gate: an article needs two sentences with one of these before any parsing is worth it.
    private static readonly LiteralSet VerbStems = new(WithLineBreaks(
    [
        "approach", "contact", "courted", "reached out", "reach out", "reaches out", "first move", "the first to", "initiated",
        "proposed", "pitched", "acquir", "bought", "buy", "purchas", "take over", "took over", "takes over", "taken over", "snapped up",
        "sued", "sues", "sue ", "lawsuit", "suit against", "complaint against", "legal action", "hire", "poach", "recruit", "beat",
        "defeat", "edged", "thrashed", "routed", "crushed", "outplayed",
        "overcame", "knocked out", "eliminated", "won against", "lost to", "loses to", "fell to", "falls to", "succumbed",
    ]));

    /// <summary>Each stem, and each with one of its blanks a line break: hard-wrapped Markdown breaks phrases anywhere.</summary>
    private static IEnumerable<string> WithLineBreaks(IEnumerable<string> stems) =>
        stems.SelectMany(stem => Enumerable.Range(0, stem.Length).Where(i => stem[i] == ' ')
            .Select(i => stem.Substring(0, i) + "\n" + stem.Substring(i + 1)).Prepend(stem));

    public void Check(RuleContext context)
    {
        var article = context.Article;
        // Every relation hangs on one of the verbs, and a contradiction needs two: most documents are skipped here.
        if (!VerbStems.ContainsAny(article, 0, article.Prose.Length)) return;
        var candidates = 0;
        foreach (var block in article.Blocks)
        {
            if (block.Kind is not (ProseBlockKind.Headline or ProseBlockKind.Paragraph or ProseBlockKind.Heading or ProseBlockKind.Description)) continue;
            foreach (var sentence in block.Sentences)
                if (VerbStems.ContainsAny(article, block.Start + sentence.Start, sentence.Length) && Verbs.IsMatch(sentence.Of(block.Text)) && ++candidates >= 2) break;
            if (candidates >= 2) break;
        }
        if (candidates < 2) return;
        var aliases = FindAliases(article);
        var people = FindPeople(article);
        var relations = new List<Relation>();
        var mentions = new List<string>();
        var sentenceNumber = 0;
        foreach (var block in article.Blocks)
        {
            if (block.Kind is not (ProseBlockKind.Headline or ProseBlockKind.Paragraph or ProseBlockKind.Heading or ProseBlockKind.Description)) continue;
            foreach (var sentence in block.Sentences)
            {
                sentenceNumber++;
                var text = sentence.Of(block.Text);
                if (text.TrimEnd().EndsWith("?", StringComparison.Ordinal)) continue;
                ExtractRelations(text, block.Start + sentence.Start, sentenceNumber, aliases, people, mentions, relations);
            }
        }
        Report(context, relations);
    }

    private static void ExtractRelations(string text, int offset, int sentenceNumber, Dictionary<string, string> aliases,
        HashSet<string> people, List<string> mentions, List<Relation> relations)
    {
        var tokens = Tokenize(text);
        // Every sentence's names count for the pronouns of later ones; only a sentence with a verb stem can hold a relation.
        var verbMatches = VerbStems.ContainsAny(text.AsSpan()) ? Verbs.Matches(text).Cast<Match>().ToList() : [];
        var sequenced = verbMatches.Count > 0 && SequenceWord.IsMatch(text);
        // Names in this sentence, in order; with the earlier sentences' names they stand behind "the company" and pronouns.
        var local = new List<(int Index, string Key)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNameToken(tokens[i].Value)) continue;
            var j = i;
            while (j + 1 < tokens.Count && IsNameToken(tokens[j + 1].Value)) j++;
            var key = Normalise(tokens.Skip(i).Take(j - i + 1).Select(t => t.Value).ToList(), aliases);
            if (key is not null) local.Add((tokens[i].Index, key));
            i = j;
        }
        foreach (var verb in verbMatches)
        {
            var (action, passive) = ActionOf(verb);
            var first = tokens.FindIndex(t => t.Index >= verb.Index);
            var last = tokens.FindLastIndex(t => t.Index < verb.Index + verb.Length);
            if (first < 0 || last < 0) continue;
            var before = FindPartyBefore(tokens, first, aliases, out var negated, out var hypothetical);
            if (before is null || hypothetical) continue;
            var after = FindPartyAfter(tokens, last + 1, aliases);
            if (after is null && action == Action.Approach && !passive && FirstMove.IsMatch(verb.Value))
                after = new Party(Unnamed, before.Start, before.End);
            if (after is null) continue;
            var agent = passive ? after : before;
            var patient = passive ? before : after;
            var candidates = local.Where(m => m.Index < before.Start).Select(m => m.Key).Reverse().Concat(mentions).ToList();
            var agentKey = Resolve(agent.Key, patient.Key, candidates, people);
            var patientKey = patient.Key == Unnamed ? Unnamed : Resolve(patient.Key, agentKey, candidates, people);
            if (agentKey is null || patientKey is null || SameParty(agentKey, patientKey)) continue;
            if (negated && patientKey == Unnamed) continue;
            if (negated) (agentKey, patientKey) = (patientKey, agentKey);
            var start = Math.Min(agent.Start, patient.Start);
            var end = Math.Max(agent.End, patient.End);
            var anchors = AnchorsNear(tokens, start, end);
            relations.Add(new Relation(action, agentKey, patientKey, offset + start, offset + end, sentenceNumber, anchors, sequenced,
                TopicAfter(tokens, end)));
        }
        foreach (var mention in local) mentions.Insert(0, mention.Key);
    }

    /// <summary>A word ("Xiaomi's", "co-founder", "U.S") or one mark, with where it starts in the sentence.</summary>
    internal readonly record struct SentenceToken(int Index, string Value)
    {
        public int Length => Value.Length;
    }

    /// <summary>
    /// Words are letters and digits, joined inside by an apostrophe, hyphen, ampersand or period and
    /// ending in an optional apostrophe; any other character but a blank is a token of its own.
    /// A hand scan: every sentence of a candidate document is tokenized.
    /// </summary>
    internal static List<SentenceToken> Tokenize(string text)
    {
        var tokens = new List<SentenceToken>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            if (!IsWordChar(text[i]))
            {
                tokens.Add(new SentenceToken(start, text.Substring(start, 1)));
                i++;
                continue;
            }
            while (i < text.Length && IsWordChar(text[i])) i++;
            while (i + 1 < text.Length && text[i] is '\'' or '’' or '-' or '&' or '.' && IsWordChar(text[i + 1]))
            {
                i++;
                while (i < text.Length && IsWordChar(text[i])) i++;
            }
            if (i < text.Length && text[i] is '\'' or '’') i++; // "users'"; "Leica's" was joined above
            tokens.Add(new SentenceToken(start, text.Substring(start, i - start)));
        }
        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static string AnchorsNear(List<SentenceToken> tokens, int start, int end)
    {
        var first = tokens.FindIndex(t => t.Index >= start);
        var last = tokens.FindLastIndex(t => t.Index < end);
        var anchors = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = Math.Max(0, first - AnchorWindow); i <= Math.Min(tokens.Count - 1, last + AnchorWindow); i++)
        {
            if (!TimeAnchor.IsMatch(tokens[i].Value)) continue;
            var word = tokens[i].Value.ToUpperInvariant();
            // "last season" and "this season" are different times; so are "in 2012" and "in 2021".
            if (i > 0 && tokens[i - 1].Value is var previous && previous.ToLowerInvariant() is "last" or "this" or "next" or "that" or "previous")
                word = previous.ToUpperInvariant() + " " + word;
            anchors.Add(word);
        }
        return string.Join(" ", anchors);
    }

    private static (Action Action, bool Passive) ActionOf(Match verb)
    {
        for (var i = 0; i < VerbTable.Length; i++)
            if (verb.Groups["v" + i].Success) return (VerbTable[i].Action, VerbTable[i].Passive);
        throw new InvalidOperationException("A verb matched no group.");
    }

    private static Party? FindPartyBefore(List<SentenceToken> tokens, int verbToken, Dictionary<string, string> aliases, out bool negated, out bool hypothetical)
    {
        negated = false;
        hypothetical = false;
        var i = verbToken - 1;
        while (i >= 0)
        {
            var word = tokens[i].Value;
            if (Hypothetical.Contains(word)) { hypothetical = true; return null; }
            if (IsNameToken(word) || Pronouns.Contains(word)) break;
            if (GenericNouns.Contains(word) && i > 0 && tokens[i - 1].Value.Equals("the", StringComparison.OrdinalIgnoreCase)) break;
            if (Negations.Contains(word)) { if (!word.Equals("did", StringComparison.OrdinalIgnoreCase)) negated = true; i--; continue; }
            if (Fillers.Contains(word) || (word.Length > 3 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && char.IsLower(word[0]))) { i--; continue; }
            // "Patty Palace, which runs 420 restaurants, has bought …": step over the relative clause.
            if (word == "," && SkipRelativeClause(tokens, i) is int before) { i = before; continue; }
            return null;
        }
        if (i < 0) return null;
        var endToken = i;
        var head = tokens[i].Value;
        if (Pronouns.Contains(head)) return new Party("@" + head.ToLowerInvariant(), tokens[i].Index, tokens[i].Index + head.Length);
        if (GenericNouns.Contains(head) && i > 0 && tokens[i - 1].Value.Equals("the", StringComparison.OrdinalIgnoreCase))
            return new Party("@the", tokens[i - 1].Index, tokens[i].Index + tokens[i].Length);
        var startToken = i;
        while (startToken - 1 >= 0 && endToken - startToken < 4 && (IsNameToken(tokens[startToken - 1].Value) || IsInnerConnector(tokens, startToken - 1)))
            startToken--;
        while (!IsNameToken(tokens[startToken].Value)) startToken++;
        // "the Xiaomi team" and "Xiaomi fans" are not Xiaomi.
        return MakeParty(tokens, startToken, endToken, aliases);
    }

    private static int? SkipRelativeClause(List<SentenceToken> tokens, int closingComma)
    {
        for (var j = closingComma - 1; j >= 0 && j >= closingComma - 15; j--)
        {
            if (tokens[j].Value != ",") continue;
            // ", which runs 420 restaurants," / ", the maker of …," / ", not Leica,"
            return j + 1 < closingComma && tokens[j + 1].Value.ToLowerInvariant() is "which" or "who" or "whose" or "based" or "the" or "a" or "an" or "not"
                ? j - 1
                : null;
        }
        return null;
    }

    private static Party? FindPartyAfter(List<SentenceToken> tokens, int startToken, Dictionary<string, string> aliases)
    {
        if (startToken >= tokens.Count) return null;
        var i = startToken;
        // "bought smaller rival Bunhouse", "approached the studio Nightjar": a descriptor before the name.
        for (var k = i; k < tokens.Count && k < i + 3 && char.IsLower(tokens[k].Value[0]); k++)
        {
            if (k + 1 < tokens.Count && Descriptors.Contains(tokens[k].Value) && IsNameToken(tokens[k + 1].Value)) { i = k + 1; break; }
        }
        if (tokens[i].Value.Equals("the", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && GenericNouns.Contains(tokens[i + 1].Value))
            return new Party("@the", tokens[i].Index, tokens[i + 1].Index + tokens[i + 1].Length);
        // "approached the Ravens": a team or a band keeps its article.
        if (tokens[i].Value.Equals("the", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && IsNameToken(tokens[i + 1].Value)) i++;
        if (Pronouns.Contains(tokens[i].Value) || tokens[i].Value is "him" or "her" or "them")
            return new Party("@" + tokens[i].Value.ToLowerInvariant(), tokens[i].Index, tokens[i].Index + tokens[i].Length);
        if (!IsNameToken(tokens[i].Value)) return null;
        var end = i;
        while (end + 1 < tokens.Count && end - i < 4 && (IsNameToken(tokens[end + 1].Value) || IsInnerConnector(tokens, end + 1))) end++;
        while (!IsNameToken(tokens[end].Value)) end--;
        if (end + 1 < tokens.Count)
        {
            var next = tokens[end + 1].Value;
            if (char.IsLower(next[0]) && !PatientFollowers.Contains(next) && !next.EndsWith("ly", StringComparison.Ordinal)) return null;
        }
        return MakeParty(tokens, i, end, aliases);
    }

    private static Party? MakeParty(List<SentenceToken> tokens, int start, int end, Dictionary<string, string> aliases)
    {
        var words = tokens.Skip(start).Take(end - start + 1).Select(t => t.Value).ToList();
        var key = Normalise(words, aliases);
        return key is null ? null : new Party(key, tokens[start].Index, tokens[end].Index + tokens[end].Length);
    }

    private static bool IsInnerConnector(List<SentenceToken> tokens, int i) =>
        tokens[i].Value is "of" or "&" or "de" or "and" && i > 0 && i + 1 < tokens.Count && IsNameToken(tokens[i - 1].Value) && IsNameToken(tokens[i + 1].Value)
        && tokens[i].Value != "and";

    private static bool IsNameToken(string token)
    {
        if (token.Length == 0 || !char.IsUpper(token[0])) return false;
        var bare = StripPossessive(token);
        return !CommonWords.Contains(bare);
    }

    private static string StripPossessive(string token)
    {
        if (token.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || token.EndsWith("’s", StringComparison.OrdinalIgnoreCase)) return token.Substring(0, token.Length - 2);
        if (token.EndsWith("'", StringComparison.Ordinal) || token.EndsWith("’", StringComparison.Ordinal)) return token.Substring(0, token.Length - 1);
        return token;
    }

    /// <summary>One key per party: upper case, no possessive, no corporate suffix; a title names its company.</summary>
    private static string? Normalise(List<string> words, Dictionary<string, string> aliases)
    {
        var bare = words.Select(w => StripPossessive(w).ToUpperInvariant()).ToList();
        var title = bare.FindIndex(w => TitleWord.IsMatch(w));
        if (title >= 0)
        {
            var of = bare.IndexOf("OF", title);
            if (title > 0) bare = bare.Take(title).ToList();
            else if (of > title) bare = bare.Skip(of + 1).ToList();
            else bare = bare.Skip(title + 1).ToList();
        }
        while (bare.Count > 1 && CorporateSuffixes.Contains(bare[bare.Count - 1])) bare.RemoveAt(bare.Count - 1);
        if (bare.Count == 0) return null;
        var key = string.Join(" ", bare);
        return aliases.TryGetValue(key, out var organisation) ? organisation : key;
    }

    private static Dictionary<string, string> FindAliases(Article article)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in article.Blocks)
        {
            foreach (var candidate in PersonOfOrganisationLiterals.Candidates(block.Text))
            {
                foreach (Match match in PersonOfOrganisation[candidate].Matches(block.Text))
                {
                    var org = Normalise(match.Groups["org"].Value.Split(' '), []);
                    var person = match.Groups["person"].Value.ToUpperInvariant().Split(' ');
                    if (org is null || person.Length == 0) continue;
                    var full = string.Join(" ", person.Select(StripPossessive));
                    if (full == org) continue;
                    aliases[full] = org;
                    if (person.Length > 1) aliases[StripPossessive(person[person.Length - 1])] = org;
                }
            }
        }
        return aliases;
    }

    private static string? Normalise(string[] words, Dictionary<string, string> aliases) => Normalise(words.ToList(), aliases);

    /// <summary>"the company" and pronouns stand for the most recently named party other than the other side.</summary>
    private static string? Resolve(string key, string? other, List<string> mentions, HashSet<string> people)
    {
        if (!key.StartsWith("@", StringComparison.Ordinal)) return key;
        // "the studio" is an organisation, never the person quoted just before it.
        var organisationOnly = key == "@the";
        foreach (var mention in mentions)
        {
            if (organisationOnly && people.Contains(mention)) continue;
            if (other is null || other.StartsWith("@", StringComparison.Ordinal) || !SameParty(mention, other)) return mention;
        }
        return null;
    }

    // "Jana Novak said", "said Jana Novak", "Jana Novak, 41,": a first and last name that speaks is a person.
    private static readonly LazyRegex Speaker = new LazyRegex(
        @"(?<name>\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)(?:\s+(?:said|says|told|added|wrote|explained|argued|noted)\b|,\s+\d{2},)|\b(?:said|says|added|wrote)\s+(?<name>\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)",
        RegexOptions.CultureInvariant);

    private static HashSet<string> FindPeople(Article article)
    {
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in article.Blocks)
        {
            foreach (Match match in Speaker.Matches(block.Text))
            {
                var name = match.Groups["name"].Value.ToUpperInvariant();
                people.Add(name);
                people.Add(name.Substring(name.LastIndexOf(' ') + 1));
            }
        }
        return people;
    }

    // "Leica Camera" is Leica and "Team Halcyon" is Halcyon: one name may extend the other.
    private static bool SameParty(string a, string b) =>
        a == b || a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal)
        || a.EndsWith(" " + b, StringComparison.Ordinal) || b.EndsWith(" " + a, StringComparison.Ordinal);

    private static void Report(RuleContext context, List<Relation> relations)
    {
        var reported = new HashSet<Relation>();
        foreach (var group in relations.GroupBy(r => r.Action))
        {
            var list = group.ToList();
            foreach (var r in list)
            {
                var conflicts = list.Where(o => o.Sentence != r.Sentence && Contradicts(r, o) && !SeparateEvents(r, o)).ToList();
                if (conflicts.Count == 0) continue;
                var same = list.Count(o => Agrees(r, o));
                var opposite = list.Count(o => Contradicts(r, o));
                var firstSame = list.First(o => Agrees(r, o)).Start;
                var firstOpposite = conflicts.Min(o => o.Start);
                // The odd one out: the minority direction, or on a tie the direction asserted second.
                var isOddOneOut = same < opposite || (same == opposite && firstSame > firstOpposite);
                if (!isOddOneOut || !reported.Add(r)) continue;
                var other = conflicts[0];
                var line = context.Article.Lines.GetPosition(other.Start).Line;
                context.Report(r.Start, r.End - r.Start,
                    $"Contradictory attribution: this says {Describe(r)}, but line {line} says {Describe(other)}.");
            }
        }
    }

    private static bool SameSide(string a, string b) => a == Unnamed || b == Unnamed || SameParty(a, b);

    private static bool Agrees(Relation r, Relation o) => SameParty(r.Agent, o.Agent) && SameSide(r.Patient, o.Patient);

    /// <summary>Opposite directions between the same two parties; "made the first move" stands against anyone else's.</summary>
    private static bool Contradicts(Relation r, Relation o) =>
        !SameParty(r.Agent, o.Agent) && SameSide(r.Patient, o.Agent) && SameSide(o.Patient, r.Agent);

    // "Alpha sued Beta over patents" and "Beta sued Alpha over trademarks" are two cases; "at home" and "at the
    // Riverside" two matches. ("in …" is left out: "in the quarter-final" and "in the fourth game" are one event.)
    private static bool SeparateEvents(Relation a, Relation b) =>
        a.Sequenced || b.Sequenced || (a.Anchors.Length > 0 && b.Anchors.Length > 0 && a.Anchors != b.Anchors)
        || (a.Topic.Count > 0 && b.Topic.Count > 0 && !a.Topic.Overlaps(b.Topic));

    /// <summary>The content words of a subject or venue phrase right after the relation ("over patents", "at home").</summary>
    private static HashSet<string> TopicAfter(List<SentenceToken> tokens, int end)
    {
        var topic = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var i = tokens.FindIndex(t => t.Index >= end);
        if (i >= 0 && tokens[i].Value.Equals("first", StringComparison.OrdinalIgnoreCase)) i++;
        if (i < 0 || i >= tokens.Count || !TopicPrepositions.Contains(tokens[i].Value)) return topic;
        for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
        {
            var word = tokens[j].Value;
            if (!char.IsLetterOrDigit(word[0])) break;
            if (!TopicStopWords.Contains(word) && !TimeAnchor.IsMatch(word)) topic.Add(word.TrimEnd('s'));
        }
        return topic;
    }

    private static string Describe(Relation r) =>
        r.Patient == Unnamed ? $"{Title(r.Agent)} made the first move" : $"{Title(r.Agent)} {Verb(r.Action)} {Title(r.Patient)}";

    private static string Verb(Action action) => action switch
    {
        Action.Approach => "approached",
        Action.Acquire => "acquired",
        Action.Sue => "sued",
        Action.Hire => "hired",
        _ => "beat",
    };

    private static string Title(string key) =>
        string.Join(" ", key.Split(' ').Select(w => w.Length > 1 ? w[0] + w.Substring(1).ToLowerInvariant() : w));
}
