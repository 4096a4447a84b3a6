using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
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
        var cacheFolder = options.CacheFolder is { } folder && options.StdinFileName is null
            ? Path.GetFullPath(Path.Combine(console.WorkingDirectory, folder))
            : null;
        var cachePath = cacheFolder is null ? null : Path.Combine(cacheFolder, "results.bin");
        // Loaded on the other core while this one finds the files.
        var cacheLoading = cachePath is null ? null : new CacheLoading(cachePath, configuration.SettingsDigest);
        // Nothing cached (a first run, --no-cache, stdin): every file will be linted.
        if (cachePath is null || !File.Exists(cachePath)) EngineWarmUp.Start();

        IReadOnlyList<FileResult> results;
        ResultCache? cache;
        FileChecker checker;
        if (GitSelection.IsRequested(options))
        {
            cache = LoadedCache(cacheLoading);
            checker = new FileChecker(configuration.LinterFor, cache);
            results = GitSelection.Check(options, checker, console.WorkingDirectory);
        }
        else if (options.StdinFileName is { } stdinName)
        {
            cache = null;
            checker = new FileChecker(configuration.LinterFor);
            var file = new SourceFile(Path.GetFullPath(Path.Combine(console.WorkingDirectory, stdinName)), stdinName.Replace('\\', '/'));
            results = [checker.CheckBytes(file, ReadAll(console.OpenInput()))];
        }
        else
        {
            var unsearchable = new List<FileResult>();
            var files = new List<SourceFile>();
            var fileList = cacheFolder is null ? null : new FileListCache(Path.Combine(cacheFolder, "files.bin"));
            foreach (var file in FileDiscovery.Find(options.Paths, console.WorkingDirectory, unsearchable, fileList))
                if (!configuration.IsExcluded(file)) files.Add(file);
            cache = LoadedCache(cacheLoading);
            checker = new FileChecker(configuration.LinterFor, cache);
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

    /// <summary>The loaded cache; an empty one means every file will be linted, so the engine warms up now.</summary>
    private static ResultCache? LoadedCache(CacheLoading? loading)
    {
        var cache = loading?.Result;
        if (cache is not { IsEmpty: false }) EngineWarmUp.Start();
        return cache;
    }

    /// <summary>Loads the result cache on a thread of its own (a task would load more of the runtime than the load takes).</summary>
    private sealed class CacheLoading
    {
        private readonly Thread _thread;
        private ResultCache? _cache;
        private ExceptionDispatchInfo? _failure;

        public CacheLoading(string path, Func<SourceFile, string> settingsDigestOf)
        {
            _thread = new Thread(() =>
            {
                try
                {
                    _cache = ResultCache.Load(path, settingsDigestOf);
                }
                catch (Exception ex)
                {
                    _failure = ExceptionDispatchInfo.Capture(ex);
                }
            }) { IsBackground = true, Name = "copydesk-cache" };
            _thread.Start();
        }

        /// <summary>The loaded cache, once loaded; a failure to load is thrown here, on the caller's thread.</summary>
        public ResultCache Result
        {
            get
            {
                _thread.Join();
                _failure?.Throw();
                return _cache!;
            }
        }
    }

    /// <summary>
    /// 2 when the tool could not do its job (unreadable input, bad configuration, a rule or the
    /// engine failing); else 1 at or above --fail-on.
    /// </summary>
    public static int ExitCode(CheckReport report, Severity failOn)
    {
        var all = report.Diagnostics;
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
