namespace Copydesk.Core.Diagnostics;

/// <summary>One finding: which rule, how serious, where (offsets and 1-based range) and an optional fix.</summary>
public sealed record Diagnostic(
    string RuleId,
    Severity Severity,
    string Message,
    string FilePath,
    int Start,
    int Length,
    SourceRange Range,
    string? HelpUri = null,
    IReadOnlyList<TextEdit>? Fix = null)
{
    /// <summary>The text the finding points at, kept for baselines (which must not depend on line numbers).</summary>
    public string MatchedText { get; init; } = "";
}
