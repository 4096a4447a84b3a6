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
}
