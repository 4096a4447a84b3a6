using System.Text;
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
            var findings = Check();
            FindingsStore.Write(FindingsFile, findings);
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

    private List<StoredFinding> Check()
    {
        var linter = Linter.Default;
        var categories = CategoryIndex(linter.Rules);
        var paths = Files.Select(f => Path.GetFullPath(f.GetMetadata("FullPath") is { Length: > 0 } full ? full : f.ItemSpec))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();

        var results = new IReadOnlyList<Diagnostic>[paths.Length];
        Parallel.For(0, paths.Length, i => results[i] = CheckFile(linter, paths[i]));

        if (!string.IsNullOrEmpty(DependenciesFile))
            WriteDependencies(DependenciesFile!, []);

        return results.SelectMany(r => r)
            .Select(d => StoredFinding.From(d, categories.TryGetValue(d.RuleId, out var c) ? c : ""))
            .ToList();
    }

    private static IReadOnlyList<Diagnostic> CheckFile(Linter linter, string path)
    {
        string text;
        try
        {
            text = ReadText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            var unreadable = ToolDescriptors.UnreadableFile;
            return [new Diagnostic(unreadable.Id, unreadable.DefaultSeverity, $"The file could not be read: {ex.Message}",
                path, 0, 0, new SourceRange(1, 1, 1, 1), unreadable.HelpUri)];
        }
        return linter.Check(path, text);
    }

    /// <summary>UTF-8 unless a byte order mark says otherwise; the mark itself is not part of the text.</summary>
    private static string ReadText(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
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
