using Copydesk.Core.Baselines;
using Copydesk.Core.Configuration;
using Copydesk.Core.Engine;

namespace Copydesk.Cli.Checking;

/// <summary>
/// `--write-baseline FILE` and `--baseline FILE`: the findings are keyed by paths relative to the
/// baseline file's folder, so the same baseline works from any working directory.
/// </summary>
public static class BaselineFile
{
    public static int Write(string path, IReadOnlyList<FileResult> results)
    {
        var folder = Path.GetDirectoryName(path)!;
        var baseline = Baseline.Create(results.SelectMany(r => r.Diagnostics.Select(d => d with { FilePath = KeyPath(folder, r.File) })));
        Directory.CreateDirectory(folder);
        File.WriteAllText(path, baseline.ToJson());
        return baseline.Count;
    }

    /// <summary>The results without the findings the baseline holds; a baseline that cannot be read adds CD9005.</summary>
    public static IReadOnlyList<FileResult> Filter(string path, IReadOnlyList<FileResult> results, string displayPath)
    {
        var errors = new List<ConfigurationError>();
        string? text = null;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ConfigurationError(displayPath, 1, 1, $"The baseline cannot be read: {ex.Message}"));
        }
        var baseline = Baseline.Parse(displayPath, text ?? "", errors);
        var folder = Path.GetDirectoryName(path)!;
        var filtered = results.Select(r =>
        {
            var keyPath = KeyPath(folder, r.File);
            var keyed = r.Diagnostics.Select(d => (Original: d, Keyed: d with { FilePath = keyPath })).ToList();
            var fresh = new HashSet<object>(baseline.NewFindings(keyed.Select(k => k.Keyed)), ReferenceEqualityComparer.Instance);
            // Report the original diagnostics (with their display paths), in order.
            return r with { Diagnostics = keyed.Where(k => fresh.Contains(k.Keyed)).Select(k => k.Original).ToList() };
        }).ToList();
        if (errors.Count > 0)
            filtered.Add(new FileResult(new SourceFile(path, displayPath), errors.Select(e => e.ToDiagnostic()).ToList()));
        return filtered;
    }

    private static string KeyPath(string folder, SourceFile file) => Path.GetRelativePath(folder, file.FullPath).Replace('\\', '/');
}
