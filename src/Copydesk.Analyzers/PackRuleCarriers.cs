using Copydesk.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using RoslynDiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Copydesk.Analyzers;

/// <summary>
/// Rules from a repository's own YAML packs choose their own IDs, which the analyzer cannot declare in
/// <see cref="DiagnosticAnalyzer.SupportedDiagnostics"/> when it is built. Their findings are reported
/// under one carrier ID per severity, the pack rule's ID leading the message ("[Acme.Jargon] …") and
/// kept in the diagnostic's properties under <see cref="RuleIdProperty"/>.
/// </summary>
internal static class PackRuleCarriers
{
    public const string RuleIdProperty = "CopydeskRuleId";

    private const string Category = "Copydesk.Custom";

    public static readonly DiagnosticDescriptor Warning = new("CD9101", "Pack rule (warning)", DiagnosticDescriptors.MessageFormat,
        Category, RoslynDiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A finding of a rule from the repository's own rule pack whose severity is warning.", helpLinkUri: RuleDescriptor.HelpBase + "CD9101.md");

    public static readonly DiagnosticDescriptor Error = new("CD9102", "Pack rule (error)", DiagnosticDescriptors.MessageFormat,
        Category, RoslynDiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A finding of a rule from the repository's own rule pack whose severity is error.", helpLinkUri: RuleDescriptor.HelpBase + "CD9102.md");

    public static readonly DiagnosticDescriptor Suggestion = new("CD9103", "Pack rule (suggestion)", DiagnosticDescriptors.MessageFormat,
        Category, RoslynDiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "A finding of a rule from the repository's own rule pack whose severity is suggestion.", helpLinkUri: RuleDescriptor.HelpBase + "CD9103.md");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [Warning, Error, Suggestion];

    public static DiagnosticDescriptor For(Severity severity) => severity switch
    {
        Severity.Error => Error,
        Severity.Warning => Warning,
        _ => Suggestion,
    };
}
