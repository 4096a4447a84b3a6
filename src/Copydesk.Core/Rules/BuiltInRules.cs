using Copydesk.Core.Rules.Attribution;
using Copydesk.Core.Rules.Hygiene;
using Copydesk.Core.Rules.Naming;
using Copydesk.Core.Rules.Snippet;
using Copydesk.Core.Rules.Sourcing;

namespace Copydesk.Core.Rules;

/// <summary>The registry of the C# rules: adding a rule is one line here.</summary>
public static class BuiltInRules
{
    public static IReadOnlyList<IRule> All { get; } =
    [
        new ContradictoryAttributionRule(),
        new DanglingAttributionRule(),
        new VagueAttributionRule(),
        new UnsourcedMediaClaimRule(),
        new SourceSpeculationRule(),
        new InconsistentNamingRule(),
        new AllCapsSentenceRule(),
        new SpaceBeforePunctuationRule(),
        new RepeatedWordRule(),
        new CSharpSnippetRule(),
    ];
}
