using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace Copydesk.MSBuild;

/// <summary>
/// Lints the project's docs and stores the findings with <see cref="FindingsStore"/>; it logs none of
/// them itself. <see cref="ReportFindings"/> logs the stored findings on every build, so an
/// up-to-date build that skips this task still shows them.
/// </summary>
public sealed class CheckDocuments : Task
{
    /// <summary>The files to check (<c>@(CopydeskFile)</c>).</summary>
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>Where the findings are kept between builds.</summary>
    [Required]
    public string FindingsFile { get; set; } = "";

    /// <summary>Optional: an explicit <c>.copydesk.yaml</c> (<c>$(CopydeskConfig)</c>).</summary>
    public string? ConfigFile { get; set; }

    /// <summary>Optional: where to list the configuration and rule pack files the run read, for the next build's up-to-date check.</summary>
    public string? DependenciesFile { get; set; }

    public override bool Execute()
    {
        try
        {
            FindingsStore.Write(FindingsFile, Check());
            return true;
        }
        catch (Exception ex)
        {
            // Never let an exception escape into MSBuild: one clear error, and no findings file,
            // so the next build runs the check again instead of replaying a stale result.
            InternalFailure.TryDelete(FindingsFile);
            Log.LogError("Copydesk", InternalFailure.Code, null, InternalFailure.HelpLink, null, 0, 0, 0, 0,
                "Copydesk could not check the docs: {0}: {1}", ex.GetType().Name, ex.Message);
            return false;
        }
    }

    private List<CheckedFile> Check()
    {
        var linter = Linter.Default;
        var categories = CategoryIndex(linter.Rules);
        // Full paths as display paths: MSBuild and the IDE resolve them from any folder.
        var files = Files.Select(f => Path.GetFullPath(f.GetMetadata("FullPath") is { Length: > 0 } full ? full : f.ItemSpec))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SourceFile(p, p))
            .ToList();

        var previous = new PreviousResults(FindingsStore.TryRead(FindingsFile), settingsDigest: "");
        var results = new FileChecker(linter, previous).Check(files);
        Log.LogMessage(MessageImportance.Normal, "Copydesk: {0} file(s) checked, {1} of them unchanged since the last check.",
            results.Count, previous.Reused);

        if (!string.IsNullOrEmpty(DependenciesFile))
            WriteDependencies(DependenciesFile!, []);

        return results.Select(r => new CheckedFile(r.File.FullPath, previous.KeyOf(r.File.FullPath),
                r.Diagnostics.Select(d => StoredFinding.From(d, categories.TryGetValue(d.RuleId, out var c) ? c : "")).ToList()))
            .ToList();
    }

    private static Dictionary<string, string> CategoryIndex(RuleSet rules)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var descriptor in rules.Descriptors.Concat(ToolDescriptors.All))
            index[descriptor.Id] = descriptor.Category.ToString().ToLowerInvariant();
        return index;
    }

    private static void WriteDependencies(string path, IEnumerable<string> files)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllLines(path, files.Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal));
    }
}
