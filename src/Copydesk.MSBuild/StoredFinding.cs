using Copydesk.Core.Diagnostics;

namespace Copydesk.MSBuild;

/// <summary>A finding as kept between builds: everything the build log needs, nothing more.</summary>
public sealed record StoredFinding(
    Severity Severity,
    string Code,
    string Category,
    string File,
    SourceRange Range,
    string HelpLink,
    string Message)
{
    public static StoredFinding From(Diagnostic diagnostic, string category) => new(
        diagnostic.Severity, diagnostic.RuleId, category, diagnostic.FilePath, diagnostic.Range,
        diagnostic.HelpUri ?? "", diagnostic.Message);
}
