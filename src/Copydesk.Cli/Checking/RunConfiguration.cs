using System.Collections.Concurrent;
using System.Text;
using Copydesk.Cli.Caching;
using Copydesk.Core.Configuration;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;

namespace Copydesk.Cli.Checking;

/// <summary>
/// The `.copydesk.yaml` side of a check run: which linter each file gets, which files the
/// configurations exclude, what keys a file's cached results, and the configuration problems to
/// report (CD9005, exit code 2). Rules are built only when a file is linted or a report needs them.
/// </summary>
public sealed class RunConfiguration
{
    private static readonly Linter Nothing = new(new RuleSet([]));

    private readonly ConfigurationResolver _resolver;
    private readonly string _workingDirectory;
    // By configuration identity (one string instance per folder, so compared by reference).
    private readonly ConcurrentDictionary<object, Settings> _settings = new(ReferenceEqualityComparer.Instance);

    /// <summary>A configuration met in this run: its digest, and one file it applies to.</summary>
    private sealed class Settings(string identity, string digest, string representative)
    {
        public string Identity { get; } = identity;
        public string Digest { get; } = digest;
        public string ExcludedDigest { get; } = digest + "/excluded";
        public string Representative { get; } = representative;
    }

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

    public bool IsExcluded(SourceFile file) => _resolver.IsExcluded(file.FullPath);

    /// <summary>
    /// A digest of what the configuration contributes to the file's findings: the texts of its
    /// configuration files and packs (<see cref="ConfigurationResolver.ConfigurationIdentity"/>) and
    /// whether it is excluded. With the engine build, the display path and the content, it decides them.
    /// </summary>
    public string SettingsDigest(SourceFile file)
    {
        var identity = _resolver.ConfigurationIdentity(file.FullPath);
        if (!_settings.TryGetValue(identity, out var settings))
            settings = _settings.GetOrAdd(identity, new Settings(identity, Digest(identity), file.FullPath));
        // Without configuration nothing excludes a file.
        return settings.Identity.Length > 0 && _resolver.IsExcluded(file.FullPath) ? settings.ExcludedDigest : settings.Digest;
    }

    // Without configuration there is nothing to digest: a constant spares a run served from the cache loading the hash code.
    private static string Digest(string identity) =>
        identity.Length == 0 ? "no-configuration" : ContentHash.Of(Encoding.UTF8.GetBytes(identity));

    /// <summary>Every rule the report may name (the built-in ones and those of every configuration met); builds them.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors
    {
        get
        {
            foreach (var settings in _settings.Values) _resolver.Resolve(settings.Representative);
            return _resolver.Descriptors;
        }
    }

    /// <summary>
    /// Configuration and pack problems, one result per configuration or pack file, with paths as the report shows them.
    /// A configuration whose files all came from the cache is built here, unless the cache knows it builds cleanly.
    /// </summary>
    public IReadOnlyList<FileResult> ErrorResults(ResultCache? cache)
    {
        // The dictionary itself, not its Values: those are a snapshot taken under every lock.
        foreach (var (_, settings) in _settings)
        {
            // Without configuration only the built-in rules apply, and those have no configuration to get wrong.
            if (settings.Identity.Length == 0 || cache?.IsKnownClean(settings.Digest) == true) continue;
            if (_resolver.Resolve(settings.Representative).Errors.Count == 0) cache?.MarkClean(settings.Digest);
        }
        var errors = _resolver.Errors;
        return errors.Count == 0 ? [] : ByFile(errors);
    }

    // Apart, so a run without errors never loads the grouping generics (precompiled code loads a method's types before it runs).
    private List<FileResult> ByFile(IReadOnlyList<ConfigurationError> errors)
    {
        return errors
            .GroupBy(e => e.FilePath)
            .Select(group =>
            {
                var display = DisplayPath(group.Key);
                return new FileResult(new SourceFile(group.Key, display),
                    group.Select(e => e.ToDiagnostic() with { FilePath = display }).ToList());
            })
            .ToList();
    }

    private string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(_workingDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(fullPath) ? fullPath : relative).Replace('\\', '/');
    }
}
