namespace Copydesk.Core.Diagnostics;

/// <summary>The scored categories of the design; each owns one ID range (CD10xx, CD11xx, …).</summary>
public enum RuleCategory
{
    Attribution,
    Sourcing,
    Placeholder,
    Naming,
    Hygiene,
    Snippet,
    Tool,
    Custom,
}
