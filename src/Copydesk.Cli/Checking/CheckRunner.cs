using System.Diagnostics;
using System.Globalization;
using System.Text;
using Copydesk.Cli.Caching;
using Copydesk.Cli.Reporting;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;

namespace Copydesk.Cli.Checking;

/// <summary>Runs `copydesk check`: find files, lint them, write the report, choose the exit code.</summary>
public sealed class CheckRunner(CliConsole console)
{
    public int Run(CheckOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        PackSteps.Validate(options);
        var configuration = new RunConfiguration(console.WorkingDirectory, options.ConfigFile);
        var cache = options.CacheFolder is { } folder && options.StdinFileName is null
            ? ResultCache.Load(Path.Combine(Path.GetFullPath(Path.Combine(console.WorkingDirectory, folder)), "results.bin"), configuration.SettingsDigest)
            : null;
        // Nothing cached (a first run, --no-cache, stdin): every file will be linted.
        if (cache is not { IsEmpty: false }) EngineWarmUp.Start();
        var checker = new FileChecker(configuration.LinterFor, cache);

        IReadOnlyList<FileResult> results;
        if (GitSelection.IsRequested(options))
        {
            results = GitSelection.Check(options, checker, console.WorkingDirectory);
        }
        else if (options.StdinFileName is { } stdinName)
        {
            var file = new SourceFile(Path.GetFullPath(Path.Combine(console.WorkingDirectory, stdinName)), stdinName.Replace('\\', '/'));
            results = [checker.CheckBytes(file, ReadAll(console.OpenInput()))];
        }
        else
        {
            var unsearchable = new List<FileResult>();
            var files = new List<SourceFile>();
            foreach (var file in FileDiscovery.Find(options.Paths, console.WorkingDirectory, unsearchable))
                if (!configuration.IsExcluded(file)) files.Add(file);
            if (options.Shard is { } shard) files = files.Where(shard.Contains).ToList();
            using var progress = ProgressBar.IsWanted(options.NoProgress) ? new ProgressBar(console.Error, files.Count) : null;
            results = [.. unsearchable, .. checker.Check(files, options.Jobs, progress)];
        }
        // Before saving: it may learn that a configuration builds cleanly.
        var configurationErrors = configuration.ErrorResults(cache);
        try
        {
            cache?.Save();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: a read-only checkout must still get its report.
            console.Error.WriteLine($"copydesk: the result cache was not saved: {ex.Message}");
        }

        var rules = new Lazy<IReadOnlyList<RuleDescriptor>>(() => configuration.Descriptors);
        results = [.. results, .. configurationErrors];
        var steps = new PackSteps(console, options, () => rules.Value);
        if (steps.AfterCheck(ref results, checker) is { } exitCode) return exitCode;

        var report = new CheckReport(results, () => [.. rules.Value, .. ToolDescriptors.All], stopwatch.Elapsed)
        {
            AutomationId = options.Shard?.AutomationId,
        };
        WriteReport(report, options);
        // The summary on stderr comes after the report, also when stdout is buffered.
        console.Out.Flush();
        console.Error.WriteLine(Summary(report, cache));
        return steps.ExitCode ?? ExitCode(report, options.FailOn);
    }

    /// <summary>
    /// 2 when the tool could not do its job (unreadable input, bad configuration, a rule or the
    /// engine failing); else 1 at or above --fail-on.
    /// </summary>
    public static int ExitCode(CheckReport report, Severity failOn)
    {
        var all = report.Diagnostics.ToList();
        if (all.Any(ToolDescriptors.IsToolFailure)) return CopydeskCommandLine.ToolFailure;
        return all.Any(d => d.Severity >= failOn && d.Severity != Severity.None)
            ? CopydeskCommandLine.FindingsAtOrAboveFailOn
            : CopydeskCommandLine.Success;
    }

    /// <summary>
    /// Built from plain integers: a custom number format, or an interpolation the JIT must compile, costs a
    /// cached run 2 ms the first time.
    /// </summary>
    private static string Summary(CheckReport report, ResultCache? cache)
    {
        var hundredths = (long)Math.Round(report.Elapsed.TotalSeconds * 100, MidpointRounding.AwayFromZero);
        var summary = new StringBuilder("copydesk: ")
            .Append(Number(report.Files.Count)).Append(" file(s) checked in ")
            .Append(Number(hundredths / 100)).Append(hundredths % 100 < 10 ? ".0" : ".").Append(Number(hundredths % 100)).Append(" s");
        if (cache is { Hits: > 0 }) summary.Append(" (").Append(Number(cache.Hits)).Append(" from cache)");
        return summary
            .Append(": ").Append(Number(report.Count(Severity.Error))).Append(" error(s), ")
            .Append(Number(report.Count(Severity.Warning))).Append(" warning(s), ")
            .Append(Number(report.Count(Severity.Suggestion))).Append(" suggestion(s).")
            .ToString();
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private void WriteReport(CheckReport report, CheckOptions options)
    {
        var formatter = ReportFormatters.For(options.Format);
        if (options.OutputFile is null)
        {
            formatter.Write(report, console.Out);
            return;
        }
        var path = Path.GetFullPath(Path.Combine(console.WorkingDirectory, options.OutputFile));
        StreamWriter writer;
        try
        {
            writer = new StreamWriter(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot write the report to {options.OutputFile}: {ex.Message}");
        }
        using (writer) formatter.Write(report, writer);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
