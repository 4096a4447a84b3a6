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

    /// <summary>Back to a diagnostic, for a file whose kept findings are reused; offsets are not kept.</summary>
    public Diagnostic ToDiagnostic() =>
        new(Code, Severity, Message, File, 0, 0, Range, HelpLink.Length == 0 ? null : HelpLink);
}

/// <summary>One file of a run: its path, the key of what was checked (content and rules), and its findings.</summary>
public sealed record CheckedFile(string Path, string Key, IReadOnlyList<StoredFinding> Findings)
{
    public bool Equals(CheckedFile? other) =>
        other is not null && Path == other.Path && Key == other.Key && Findings.SequenceEqual(other.Findings);

    public override int GetHashCode() => HashCode.Combine(Path, Key, Findings.Count);
}
