using Copydesk.Core.Rules.Hygiene;
using Copydesk.Core.Rules.Snippet;

namespace Copydesk.Core.Rules;

/// <summary>The registry of the C# rules: adding a rule is one line here.</summary>
public static class BuiltInRules
{
    public static IReadOnlyList<IRule> All { get; } =
    [
        new SpaceBeforePunctuationRule(),
        new CSharpSnippetRule(),
    ];
}
