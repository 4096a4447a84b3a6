using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;

namespace Copydesk.Cli.Checking;

/// <summary>
/// What `check` does after linting when asked: apply fixes (`--fix`, `--fix --dry-run`), record a
/// baseline (`--write-baseline`), or hide the findings a baseline holds (`--baseline`).
/// </summary>
public sealed class PackSteps(CliConsole console, CheckOptions options, Func<IReadOnlyList<RuleDescriptor>> rules)
{
    /// <summary>An exit code that overrides the usual one (set by --write-baseline).</summary>
    public int? ExitCode { get; private set; }

    public static void Validate(CheckOptions options)
    {
        if (options.DryRun && !options.Fix) throw new CliUsageException("--dry-run only goes with --fix");
        if (options.Fix && (options.Staged || options.StdinFileName is not null))
            throw new CliUsageException("--fix cannot be used with --staged or --stdin-filename");
        if (options.BaselineFile is not null && options.WriteBaselineFile is not null)
            throw new CliUsageException("--baseline and --write-baseline cannot be used together");
    }

    /// <summary>Runs the requested steps; returns an exit code when the run ends here (a dry run prints only its diff).</summary>
    public int? AfterCheck(ref IReadOnlyList<FileResult> results, FileChecker checker)
    {
        if (options.Fix)
        {
            var fixedFiles = FixRun.Apply(results, rules(), options.DryRun);
            if (options.DryRun)
            {
                foreach (var file in fixedFiles) console.Out.Write(file.Diff);
                console.Error.WriteLine($"copydesk: --dry-run: {fixedFiles.Sum(f => f.Applied)} fix(es) in {fixedFiles.Count} file(s) would be applied.");
                return results.SelectMany(r => r.Diagnostics).Any(ToolDescriptors.IsToolFailure) ? CopydeskCommandLine.ToolFailure : CopydeskCommandLine.Success;
            }
            foreach (var file in fixedFiles)
                console.Error.WriteLine($"copydesk: fixed {file.Applied} finding(s) in {file.File.DisplayPath}");
            if (fixedFiles.Count > 0)
            {
                // Report what is left in the fixed files.
                var again = fixedFiles.ToDictionary(f => f.File.FullPath, f => checker.CheckOne(f.File), StringComparer.Ordinal);
                results = results.Select(r => again.TryGetValue(r.File.FullPath, out var fresh) ? fresh : r).ToList();
            }
        }

        if (options.WriteBaselineFile is { } writePath)
        {
            var full = Path.GetFullPath(Path.Combine(console.WorkingDirectory, writePath));
            var count = BaselineFile.Write(full, results);
            console.Error.WriteLine($"copydesk: recorded {count} finding(s) in {writePath}");
            // Adopting a baseline succeeds unless the tool itself could not do its job.
            ExitCode = results.SelectMany(r => r.Diagnostics).Any(ToolDescriptors.IsToolFailure) ? CopydeskCommandLine.ToolFailure : CopydeskCommandLine.Success;
        }

        if (options.BaselineFile is { } readPath)
        {
            var full = Path.GetFullPath(Path.Combine(console.WorkingDirectory, readPath));
            if (!File.Exists(full)) throw new CliUsageException($"baseline file not found: {readPath}");
            results = BaselineFile.Filter(full, results, readPath.Replace('\\', '/'));
        }
        return null;
    }
}
