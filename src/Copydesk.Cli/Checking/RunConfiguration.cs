using Copydesk.Core.Configuration;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;

namespace Copydesk.Cli.Checking;

/// <summary>
/// The `.copydesk.yaml` side of a check run: which linter each file gets, which files the
/// configurations exclude, and the configuration problems to report (CD9005, exit code 2).
/// </summary>
public sealed class RunConfiguration
{
    private static readonly Linter Nothing = new(new RuleSet([]));

    private readonly ConfigurationResolver _resolver;
    private readonly string _workingDirectory;

    public RunConfiguration(string workingDirectory, string? explicitConfig)
    {
        _workingDirectory = workingDirectory;
        _resolver = new ConfigurationResolver(PhysicalConfigFileSource.Instance,
            explicitConfig is null ? null : Path.GetFullPath(Path.Combine(workingDirectory, explicitConfig)));
    }

    /// <summary>The linter for a file; an excluded file that still reaches the checker gets no rules.</summary>
    public Linter LinterFor(SourceFile file)
    {
        var effective = _resolver.Resolve(file.FullPath);
        return effective.IsExcluded ? Nothing : effective.Linter;
    }

    public bool IsExcluded(SourceFile file) => _resolver.Resolve(file.FullPath).IsExcluded;

    public IReadOnlyList<RuleDescriptor> Descriptors => _resolver.Descriptors;

    /// <summary>Configuration and pack problems, one result per configuration or pack file, with paths as the report shows them.</summary>
    public IReadOnlyList<FileResult> ErrorResults() =>
        _resolver.Errors
            .GroupBy(e => e.FilePath)
            .Select(group =>
            {
                var display = DisplayPath(group.Key);
                return new FileResult(new SourceFile(group.Key, display),
                    group.Select(e => e.ToDiagnostic() with { FilePath = display }).ToList());
            })
            .ToList();

    private string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(_workingDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(fullPath) ? fullPath : relative).Replace('\\', '/');
    }
}
