using System.CommandLine;
using Copydesk.Cli.Checking;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Cli.Commands;

/// <summary>`copydesk check [PATH|GLOB ...]`: declares the options and hands them to <see cref="CheckRunner"/>.</summary>
public static class CheckCommand
{
    public const string DefaultFormat = "text";
    public const string DefaultFailOn = "error";
    public const string DefaultCacheFolder = ".copydesk-cache";
    public static readonly string[] Formats = ["text", "json", "sarif", "github"];
    public static readonly string[] FailOnLevels = ["error", "warning", "suggestion"];

    public static Command Create(CliConsole console) => Create(options => new CheckRunner(console).Run(options));

    /// <summary>The command with another action than a check run (tests compare the parsed options).</summary>
    internal static Command Create(Func<CheckOptions, int> run)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders or globs to check (default: the current folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            // An unknown option would otherwise be taken for a path.
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
                result.AddError($"unknown option '{token.Value}'");
        });
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (MSBuild canonical), json, sarif or github.",
            DefaultValueFactory = _ => DefaultFormat,
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout." };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when a finding is at or above this severity: error, warning or suggestion.",
            DefaultValueFactory = _ => DefaultFailOn,
        };
        failOn.AcceptOnlyFromAmong(FailOnLevels);
        var jobs = new Option<int>("--jobs", "-j") { Description = "How many files to check at once (default: all cores)." };
        var stdinFileName = new Option<string?>("--stdin-filename")
        {
            Description = "Read the article from standard input and report it under this path.",
        };

        var noCache = new Option<bool>("--no-cache") { Description = "Lint every file again instead of reusing cached results." };
        var cacheDir = new Option<string>("--cache-dir")
        {
            Description = "Folder of the result cache (default: .copydesk-cache in the working folder).",
            DefaultValueFactory = _ => DefaultCacheFolder,
        };
        var shard = new Option<string?>("--shard") { Description = "Check only part K of N of the files (K/N), for CI matrices." };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not draw the progress bar." };

        var staged = new Option<bool>("--staged")
        {
            Description = "Check the staged version of staged articles (what the next commit holds); paths narrow the selection.",
        };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "Check only articles changed since this git ref (working tree content); paths narrow the selection.",
        };

        var command = new Command("check", "Check articles and report editorial defects.")
        {
            paths, format, output, failOn, jobs, stdinFileName, noCache, cacheDir, shard, noProgress, staged, changedSince,
        };
        var packOptions = CheckPackOptions.AddTo(command);
        command.SetAction(result => run(packOptions.Apply(result, ToOptions(
            result.GetValue(paths) ?? [],
            result.GetValue(format) ?? DefaultFormat,
            result.GetValue(output),
            result.GetValue(failOn) ?? DefaultFailOn,
            result.GetValue(jobs),
            result.GetValue(stdinFileName),
            result.GetValue(noCache) ? null : result.GetValue(cacheDir),
            result.GetValue(shard)) with
        {
            NoProgress = result.GetValue(noProgress),
            Staged = result.GetValue(staged),
            ChangedSince = result.GetValue(changedSince),
        })));
        return command;
    }

    /// <summary>The options record from the values given, shared with <see cref="CheckArguments"/>.</summary>
    internal static CheckOptions ToOptions(
        string[] paths, string format, string? output, string failOn, int jobs, string? stdinFileName, string? cacheFolder, string? shard)
    {
        SeverityNames.TryParse(failOn, out var failOnSeverity);
        return new CheckOptions(paths, format, output, failOnSeverity, jobs, stdinFileName)
        {
            CacheFolder = cacheFolder,
            Shard = shard is null ? null : Shard.Parse(shard),
        };
    }
}
