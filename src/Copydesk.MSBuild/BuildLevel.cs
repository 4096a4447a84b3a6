using Copydesk.Core.Diagnostics;

namespace Copydesk.MSBuild;

/// <summary>How a finding enters the build log.</summary>
public enum BuildLevel
{
    Message,
    Warning,
    Error,
}

/// <summary>
/// Maps a finding's severity to a build level with two thresholds: findings at or above
/// <c>CopydeskFailOn</c> are errors, the rest at or above <c>CopydeskWarnOn</c> are warnings,
/// and everything else is a message.
/// </summary>
public sealed class BuildLevelPolicy
{
    public BuildLevelPolicy(Severity failOn, Severity warnOn)
    {
        FailOn = failOn;
        WarnOn = warnOn;
    }

    /// <summary>The lowest severity that fails the build; <see cref="Severity.None"/> means never.</summary>
    public Severity FailOn { get; }

    /// <summary>The lowest severity logged as a warning; <see cref="Severity.None"/> means never.</summary>
    public Severity WarnOn { get; }

    /// <summary>
    /// The level of one finding. When the tool could not do its job (a bad configuration or rule pack,
    /// an unreadable file, a crash) it is an error whatever the thresholds, as it is exit code 2 for the CLI.
    /// </summary>
    public BuildLevel LevelOf(Diagnostic finding) =>
        ToolDescriptors.IsToolFailure(finding) ? BuildLevel.Error : LevelOf(finding.Severity);

    public BuildLevel LevelOf(Severity severity)
    {
        if (severity == Severity.None) return BuildLevel.Message;
        if (FailOn != Severity.None && severity >= FailOn) return BuildLevel.Error;
        if (WarnOn != Severity.None && severity >= WarnOn) return BuildLevel.Warning;
        return BuildLevel.Message;
    }

    /// <summary>Reads a threshold property: error, warning, suggestion or none (empty takes the default).</summary>
    public static bool TryParseThreshold(string? text, Severity defaultValue, out Severity threshold)
    {
        if (string.IsNullOrWhiteSpace(text)) { threshold = defaultValue; return true; }
        return SeverityNames.TryParse(text, out threshold);
    }
}
