namespace Copydesk.Core.Diagnostics;

/// <summary>
/// CD90xx: the tool's own notes about input it could not read as intended. They are reported like
/// findings, so one bad file or pack never hides the other results and never crashes a build.
/// </summary>
public static class ToolDescriptors
{
    public static readonly RuleDescriptor UnreadableFile = new("CD9001", "Unreadable file", RuleCategory.Tool, Severity.Error,
        "The file could not be read or decoded; what could be decoded is still checked.");

    public static readonly RuleDescriptor ParserFallback = new("CD9002", "Markdown parser failed", RuleCategory.Tool, Severity.Warning,
        "The Markdown parser failed on the file, so it was checked as plain text.");

    public static readonly RuleDescriptor InvalidFrontMatter = new("CD9003", "Invalid front matter", RuleCategory.Tool, Severity.Warning,
        "The YAML front matter does not parse; its title and description were not checked.");

    public static readonly RuleDescriptor RuleFailed = new("CD9004", "Rule failed", RuleCategory.Tool, Severity.Error,
        "A rule threw while checking the file; the other rules still ran.");

    public static readonly RuleDescriptor InvalidConfiguration = new("CD9005", "Invalid configuration or rule pack", RuleCategory.Tool, Severity.Error,
        "A configuration file or rule pack could not be loaded.");

    public static readonly RuleDescriptor BinaryFile = new("CD9006", "Binary file skipped", RuleCategory.Tool, Severity.Suggestion,
        "The file holds NUL bytes or other binary content and was skipped.");

    public static readonly RuleDescriptor InternalError = new("CD9007", "Internal error", RuleCategory.Tool, Severity.Error,
        "Copydesk itself failed on the file (a bug worth reporting); the other files were still checked.");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [UnreadableFile, ParserFallback, InvalidFrontMatter, RuleFailed, InvalidConfiguration, BinaryFile, InternalError];

    /// <summary>
    /// Notes meaning the tool could not do its whole job (exit code 2): a file it could not read,
    /// a bad configuration, a rule that crashed, an internal failure. Warnings (a vanished file,
    /// repaired encoding) are not.
    /// </summary>
    public static bool IsToolFailure(Diagnostic diagnostic) =>
        diagnostic.RuleId == "CD9005"
        || diagnostic.Severity == Severity.Error && diagnostic.RuleId is "CD9001" or "CD9004" or "CD9007";
}
