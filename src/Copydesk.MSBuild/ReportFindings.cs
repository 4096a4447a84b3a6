using Copydesk.Core.Diagnostics;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace Copydesk.MSBuild;

/// <summary>
/// Logs the findings kept by <see cref="CheckDocuments"/> as build errors, warnings and messages.
/// It runs on every build, so findings are shown again when the check itself was up to date.
/// </summary>
public sealed class ReportFindings : Task
{
    [Required]
    public string FindingsFile { get; set; } = "";

    /// <summary>error (default), warning, suggestion or none: findings at or above it are build errors.</summary>
    public string? FailOn { get; set; }

    /// <summary>warning (default), suggestion or none: findings at or above it (and below FailOn) are build warnings.</summary>
    public string? WarnOn { get; set; }

    public override bool Execute()
    {
        try
        {
            if (!BuildLevelPolicy.TryParseThreshold(FailOn, Severity.Error, out var failOn))
                return Invalid("CopydeskFailOn", FailOn);
            if (!BuildLevelPolicy.TryParseThreshold(WarnOn, Severity.Warning, out var warnOn))
                return Invalid("CopydeskWarnOn", WarnOn);
            var policy = new BuildLevelPolicy(failOn, warnOn);

            // No file means nothing was checked yet (no docs, or the check failed and said so).
            if (!File.Exists(FindingsFile)) return !Log.HasLoggedErrors;
            foreach (var finding in FindingsStore.Read(FindingsFile).SelectMany(f => f.Findings))
                LogFinding(finding, policy.LevelOf(finding.ToDiagnostic()));
            return !Log.HasLoggedErrors;
        }
        catch (Exception ex)
        {
            // Drop the unreadable file: it is the check's stamp too, so the next build checks again.
            InternalFailure.TryDelete(FindingsFile);
            Log.LogError("Copydesk", InternalFailure.Code, null, InternalFailure.HelpLink, null, 0, 0, 0, 0,
                "Copydesk could not report the findings kept in {0}: {1}: {2}", FindingsFile, ex.GetType().Name, ex.Message);
            return false;
        }
    }

    private void LogFinding(StoredFinding f, BuildLevel level)
    {
        var subcategory = f.Category.Length == 0 ? null : f.Category;
        var help = f.HelpLink.Length == 0 ? null : f.HelpLink;
        var r = f.Range;
        switch (level)
        {
            case BuildLevel.Error:
                Log.LogError(subcategory, f.Code, null, help, f.File, r.StartLine, r.StartColumn, r.EndLine, r.EndColumn, "{0}", f.Message);
                break;
            case BuildLevel.Warning:
                Log.LogWarning(subcategory, f.Code, null, help, f.File, r.StartLine, r.StartColumn, r.EndLine, r.EndColumn, "{0}", f.Message);
                break;
            default:
                Log.LogMessage(subcategory, f.Code, null, f.File, r.StartLine, r.StartColumn, r.EndLine, r.EndColumn,
                    MessageImportance.Normal, "{0}", f.Message);
                break;
        }
    }

    private bool Invalid(string property, string? value)
    {
        Log.LogError("Copydesk", InternalFailure.Code, null, InternalFailure.HelpLink, null, 0, 0, 0, 0,
            "{0} is \"{1}\"; use error, warning, suggestion or none.", property, value);
        return false;
    }
}
