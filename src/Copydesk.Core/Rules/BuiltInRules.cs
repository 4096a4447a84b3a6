using Copydesk.Core.Rules.Hygiene;

namespace Copydesk.Core.Rules;

/// <summary>The registry of the C# rules: adding a rule is one line here.</summary>
public static class BuiltInRules
{
    public static IReadOnlyList<IRule> All { get; } =
    [
        new SpaceBeforePunctuationRule(),
    ];
}
