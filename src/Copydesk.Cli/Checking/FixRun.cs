using System.Text;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Copydesk.Core.Fixes;

namespace Copydesk.Cli.Checking;

/// <summary>
/// `check --fix`: applies the safe fixes (see <see cref="FixApplier.IsSafe"/>) to each file and writes
/// it back with its encoding and byte order mark; the edits themselves are pure text edits from Core,
/// so every other byte stays. `--fix --dry-run` prints a unified diff instead of writing.
/// </summary>
public static class FixRun
{
    public sealed record FixedFile(SourceFile File, int Applied, string Diff);

    public static IReadOnlyList<FixedFile> Apply(IReadOnlyList<FileResult> results, IReadOnlyList<RuleDescriptor> rules, bool dryRun)
    {
        var safe = rules.Where(r => FixApplier.IsSafe(r.Category)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var fixedFiles = new List<FixedFile>();
        foreach (var result in results)
        {
            var fixable = result.Diagnostics.Where(d => d.Fix is { Count: > 0 } && safe.Contains(d.RuleId)).ToList();
            // A file whose text had to be repaired on reading is never written back.
            if (fixable.Count == 0 || result.Diagnostics.Any(d => d.RuleId.StartsWith("CD9", StringComparison.Ordinal))) continue;

            var bytes = File.ReadAllBytes(result.File.FullPath);
            var (encoding, preamble) = DetectEncoding(bytes);
            var text = encoding.GetString(bytes, preamble, bytes.Length - preamble);
            var outcome = FixApplier.Apply(text, fixable);
            if (!outcome.Changed) continue;

            var diff = dryRun ? UnifiedDiff.Create(text, outcome.Text, result.File.DisplayPath) : "";
            if (!dryRun)
            {
                var body = encoding.GetBytes(outcome.Text);
                using var stream = File.Create(result.File.FullPath);
                stream.Write(bytes, 0, preamble);
                stream.Write(body, 0, body.Length);
            }
            fixedFiles.Add(new FixedFile(result.File, outcome.Applied.Count, diff));
        }
        return fixedFiles;
    }

    /// <summary>The file's encoding as the reader decoded it, and how many bytes of byte order mark to keep.</summary>
    private static (Encoding Encoding, int Preamble) DetectEncoding(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (new UnicodeEncoding(false, false), 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (new UnicodeEncoding(true, false), 2);
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return (new UTF8Encoding(false), bom);
    }
}
