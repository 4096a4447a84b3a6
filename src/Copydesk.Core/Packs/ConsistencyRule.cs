using Copydesk.Core.Rules;
using YamlDotNet.RepresentationModel;

namespace Copydesk.Core.Packs;

/// <summary>
/// <c>type: consistency</c>: each of <c>sets</c> lists spellings of one thing (Wi-Fi, WiFi); a document
/// should use one. The first spelling a document uses wins and every other one is reported.
/// </summary>
public sealed class ConsistencyRule : PackRule
{
    public static readonly string[] Keys = ["sets"];

    private readonly TermMatcher _matcher;
    private readonly int[] _setOfTerm;

    public ConsistencyRule(PackRuleHeader header, IReadOnlyList<IReadOnlyList<string>> sets) : base(header)
    {
        var terms = new List<string>();
        var setOfTerm = new List<int>();
        for (var s = 0; s < sets.Count; s++)
            foreach (var spelling in sets[s]) { terms.Add(spelling); setOfTerm.Add(s); }
        _matcher = new TermMatcher(terms, header.IgnoreCase);
        _setOfTerm = setOfTerm.ToArray();
    }

    internal static ConsistencyRule? Parse(PackRuleHeader header, YamlMappingNode node, YamlNodeReader yaml)
    {
        var sets = new List<IReadOnlyList<string>>();
        foreach (var (key, _, value) in YamlNodeReader.Entries(node))
        {
            if (key != "sets") continue;
            if (value is not YamlSequenceNode sequence)
            {
                yaml.Error(value, "Expected \"sets\" to be a list of lists of spellings.");
                continue;
            }
            foreach (var item in sequence.Children)
            {
                var spellings = yaml.Strings(item, "each set").Select(s => s.Value).Distinct(StringComparer.Ordinal).ToList();
                if (spellings.Count < 2) yaml.Error(item, "Each set needs at least two spellings.");
                else sets.Add(spellings);
            }
        }
        if (sets.Count == 0)
        {
            yaml.Error(node, $"Rule {header.Descriptor.Id} (consistency) needs \"sets\" of alternative spellings.");
            return null;
        }
        return new ConsistencyRule(header, sets);
    }

    public override void Check(RuleContext context)
    {
        var text = context.Article.Text;
        var chosen = new Dictionary<int, string>();
        foreach (var hit in TermHitsInScope(context.Article, _matcher))
        {
            var found = text.Substring(hit.Start, hit.Length);
            if (IsIdentifierContext(text, hit.Start, hit.Length)) continue;
            var set = _setOfTerm[hit.Term];
            if (!chosen.TryGetValue(set, out var first))
            {
                chosen[set] = found;
                continue;
            }
            if (found != first) context.Report(hit.Start, hit.Length, FormatMessage(found, first));
        }
    }
}
