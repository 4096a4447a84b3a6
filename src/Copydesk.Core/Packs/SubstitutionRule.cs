using Copydesk.Core.Diagnostics;
using Copydesk.Core.Rules;
using YamlDotNet.RepresentationModel;

namespace Copydesk.Core.Packs;

/// <summary>
/// <c>type: substitution</c>: a term list <c>swap: {wrong: preferred}</c>, matched with one multi-string
/// search per document. Hits inside identifiers, paths and addresses are left alone; each finding
/// offers the preferred spelling as its fix.
/// </summary>
public sealed class SubstitutionRule : PackRule
{
    public static readonly string[] Keys = ["swap"];

    private readonly TermMatcher _matcher;
    private readonly string[] _replacements;

    public SubstitutionRule(PackRuleHeader header, IReadOnlyList<KeyValuePair<string, string>> swap) : base(header)
    {
        _matcher = new TermMatcher(swap.Select(p => p.Key).ToList(), header.IgnoreCase);
        _replacements = swap.Select(p => p.Value).ToArray();
    }

    internal static SubstitutionRule? Parse(PackRuleHeader header, YamlMappingNode node, YamlNodeReader yaml)
    {
        var swap = new List<KeyValuePair<string, string>>();
        foreach (var (key, _, value) in YamlNodeReader.Entries(node))
        {
            if (key != "swap") continue;
            var mapping = yaml.Mapping(value, "swap");
            if (mapping is null) continue;
            foreach (var (wrong, wrongNode, preferredNode) in YamlNodeReader.Entries(mapping))
            {
                var preferred = yaml.Scalar(preferredNode, $"the preferred spelling of \"{wrong}\"");
                if (string.IsNullOrEmpty(wrong) || string.IsNullOrEmpty(preferred))
                    yaml.Error(wrongNode, "Each swap entry needs a term and its preferred spelling.");
                else if (wrong == preferred)
                    yaml.Error(wrongNode, $"\"{wrong}\" is swapped for itself.");
                else
                    swap.Add(new KeyValuePair<string, string>(wrong, preferred!));
            }
        }
        if (swap.Count == 0)
        {
            yaml.Error(node, $"Rule {header.Descriptor.Id} (substitution) needs a \"swap\" mapping of terms to their preferred spellings.");
            return null;
        }
        return new SubstitutionRule(header, swap);
    }

    public override void Check(RuleContext context)
    {
        var text = context.Article.Text;
        foreach (var hit in TermHitsInScope(context.Article, _matcher))
        {
            var found = text.Substring(hit.Start, hit.Length);
            var preferred = _replacements[hit.Term];
            if (found == preferred || IsIdentifierContext(text, hit.Start, hit.Length)) continue;
            var fix = Header.Fixable ? new[] { new TextEdit(hit.Start, hit.Length, preferred) } : null;
            context.Report(hit.Start, hit.Length, FormatMessage(found, preferred), fix);
        }
    }
}
