using Copydesk.Core.Diagnostics;

namespace Copydesk.Cli.Checking;

/// <summary>Everything `copydesk check` was asked to do, parsed and validated.</summary>
public sealed record CheckOptions(
    IReadOnlyList<string> Paths,
    string Format,
    string? OutputFile,
    Severity FailOn,
    int Jobs,
    string? StdinFileName)
{
    /// <summary>Where the result cache lives; null with --no-cache.</summary>
    public string? CacheFolder { get; init; }
    public Shard? Shard { get; init; }
    public bool NoProgress { get; init; }

    /// <summary>Check the staged version of staged articles (see <see cref="GitFiles"/>).</summary>
    public bool Staged { get; init; }

    /// <summary>Check only articles changed since this git ref.</summary>
    public string? ChangedSince { get; init; }

    /// <summary>A configuration file to use for every file instead of searching for <c>.copydesk.yaml</c>.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Apply the safe fixes in place (with <see cref="DryRun"/>: print them as a diff).</summary>
    public bool Fix { get; init; }
    public bool DryRun { get; init; }

    /// <summary>Report only findings not recorded in this baseline file.</summary>
    public string? BaselineFile { get; init; }

    /// <summary>Record today's findings in this baseline file.</summary>
    public string? WriteBaselineFile { get; init; }
}
