namespace Copydesk.Core.Diagnostics;

/// <summary>How serious a finding is. <see cref="None"/> turns a rule off.</summary>
public enum Severity
{
    None = 0,
    Suggestion = 1,
    Warning = 2,
    Error = 3,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "suggestion",
        _ => "none",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "suggestion": case "info": severity = Severity.Suggestion; return true;
            case "none": case "off": severity = Severity.None; return true;
            default: severity = Severity.None; return false;
        }
    }
}
