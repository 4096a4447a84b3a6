namespace Copydesk.Core.Diagnostics;

/// <summary>What a rule is: its stable ID, title, category, default severity and help page.</summary>
public sealed record RuleDescriptor(string Id, string Title, RuleCategory Category, Severity DefaultSeverity, string Description)
{
    public const string HelpBase = "https://github.com/copydesk/copydesk/blob/main/docs/rules/";

    /// <summary>Where the rule's doc page lives; packs may point elsewhere.</summary>
    public string HelpUri { get; init; } = HelpBase + Id + ".md";

    /// <summary>The pack a declarative rule came from; null for C# rules.</summary>
    public string? Source { get; init; }
}
