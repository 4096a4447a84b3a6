using Copydesk.Cli.Checking;

namespace Copydesk.Cli.Commands;

/// <summary>
/// The everyday shapes of a `check` command line (flags, options followed by their value, paths) read without
/// building the System.CommandLine tree, which costs every run about 5 ms and a cached run a tenth of its time.
/// Anything else (help, <c>--option=value</c>, response files, a word a flag could take as its value, a repeated
/// or unknown option, a value out of range) gives null, and System.CommandLine, which has the last word on
/// syntax and errors, reads it. Tests check that both readings agree.
/// </summary>
internal static class CheckArguments
{
    private static readonly string[] Flags = ["--no-cache", "--no-progress", "--staged", "--fix", "--dry-run"];

    // Alias → option name, for the options that take one value.
    private static readonly Dictionary<string, string> ValueOptions = new(StringComparer.Ordinal)
    {
        ["--format"] = "--format", ["-f"] = "--format",
        ["--output"] = "--output", ["-o"] = "--output",
        ["--fail-on"] = "--fail-on",
        ["--jobs"] = "--jobs", ["-j"] = "--jobs",
        ["--stdin-filename"] = "--stdin-filename",
        ["--cache-dir"] = "--cache-dir",
        ["--shard"] = "--shard",
        ["--changed-since"] = "--changed-since",
        ["--config"] = "--config", ["-c"] = "--config",
        ["--baseline"] = "--baseline",
        ["--write-baseline"] = "--write-baseline",
    };

    public static CheckOptions? TryParse(string[] args)
    {
        if (args.Length == 0 || args[0] != "check") return null;
        var paths = new List<string>();
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            var token = args[i];
            if (IsPlainWord(token))
            {
                paths.Add(token);
            }
            else if (Array.IndexOf(Flags, token) >= 0)
            {
                // A flag may take true or false as its value: leave that reading to System.CommandLine.
                if (!flags.Add(token) || (i + 1 < args.Length && bool.TryParse(args[i + 1], out _))) return null;
            }
            else if (ValueOptions.TryGetValue(token, out var option))
            {
                if (i + 1 >= args.Length || !IsPlainWord(args[i + 1]) || !values.TryAdd(option, args[++i])) return null;
            }
            else
            {
                return null;
            }
        }

        var format = Value(values, "--format") ?? CheckCommand.DefaultFormat;
        var failOn = Value(values, "--fail-on") ?? CheckCommand.DefaultFailOn;
        if (Array.IndexOf(CheckCommand.Formats, format) < 0 || Array.IndexOf(CheckCommand.FailOnLevels, failOn) < 0) return null;
        var jobs = 0;
        if (Value(values, "--jobs") is { } jobsText && !TryParseCount(jobsText, out jobs)) return null;

        var options = CheckCommand.ToOptions(
            [.. paths], format, Value(values, "--output"), failOn, jobs, Value(values, "--stdin-filename"),
            flags.Contains("--no-cache") ? null : Value(values, "--cache-dir") ?? CheckCommand.DefaultCacheFolder,
            Value(values, "--shard"));
        return options with
        {
            NoProgress = flags.Contains("--no-progress"),
            Staged = flags.Contains("--staged"),
            ChangedSince = Value(values, "--changed-since"),
            ConfigFile = Value(values, "--config"),
            Fix = flags.Contains("--fix"),
            DryRun = flags.Contains("--dry-run"),
            BaselineFile = Value(values, "--baseline"),
            WriteBaselineFile = Value(values, "--write-baseline"),
        };
    }

    /// <summary>A word System.CommandLine takes as it is: not an option, a response file (@file) or a help alias (/h, /?).</summary>
    private static bool IsPlainWord(string token) =>
        token.Length > 0 && token[0] != '-' && token[0] != '@' && token is not ("/h" or "/?");

    private static string? Value(Dictionary<string, string> values, string option) =>
        values.TryGetValue(option, out var value) ? value : null;

    /// <summary>Plain decimal digits only; anything else is System.CommandLine's to accept or refuse.</summary>
    private static bool TryParseCount(string text, out int count)
    {
        count = 0;
        if (text.Length is 0 or > 9) return false;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
            count = count * 10 + (c - '0');
        }
        return true;
    }
}
