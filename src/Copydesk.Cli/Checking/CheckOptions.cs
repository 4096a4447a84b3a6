using Copydesk.Core.Diagnostics;

namespace Copydesk.Cli.Checking;

/// <summary>Everything `copydesk check` was asked to do, parsed and validated.</summary>
public sealed record CheckOptions(
    IReadOnlyList<string> Paths,
    string Format,
    string? OutputFile,
    Severity FailOn,
    int Jobs,
    string? StdinFileName);
