using System.Collections.Concurrent;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Copydesk.Core.Packs;
using Copydesk.Core.Rules;

namespace Copydesk.Core.Configuration;

/// <summary>What applies to one file: whether to check it, and the linter (rules, severities, options, vocabulary) to check it with.</summary>
public sealed record EffectiveConfiguration(
    bool IsExcluded,
    Linter Linter,
    IReadOnlyList<string> ConfigFiles,
    IReadOnlyList<ConfigurationError> Errors)
{
    public RuleSet Rules => Linter.Rules;
}

/// <summary>
/// The one entry point front ends use to learn how to check a file. For each file it finds the
/// <c>.copydesk.yaml</c> files from the file's folder up to the first <c>root: true</c> (or the top),
/// merges them parent first so the nearest wins, loads the packs they name, and builds the rule set.
/// Results are cached per folder; everything is safe to call from many threads. Nothing throws:
/// problems in configuration files and packs are collected in <see cref="Errors"/> (CD9005 as
/// <see cref="ErrorDiagnostics"/>), and what is valid still applies.
/// </summary>
public sealed class ConfigurationResolver
{
    private readonly IConfigFileSource _source;
    private readonly string? _explicitConfig;
    private readonly IReadOnlyList<IRule> _builtIn;
    private readonly ConcurrentDictionary<string, ConfigFile?> _configsByFolder = new(ConfigFileSources.PathComparer);
    private readonly ConcurrentDictionary<string, ConfigFile> _configsByPath = new(ConfigFileSources.PathComparer);
    private readonly ConcurrentDictionary<string, RulePack> _packs = new(ConfigFileSources.PathComparer);
    // Classes as values, not tuples or bytes: dictionaries of structs are JIT-compiled at every start.
    private readonly ConcurrentDictionary<string, Lazy<BuiltLinter>> _linters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ConfigurationError, ConfigurationError> _errors = new();

    private sealed record BuiltLinter(Linter Linter, IReadOnlyList<ConfigurationError> Errors);

    /// <param name="source">Where configuration and pack texts come from.</param>
    /// <param name="explicitConfig">A configuration file to use for every file instead of searching (the tool's <c>--config</c>).</param>
    /// <param name="builtIn">The rules before any pack a configuration adds; the C# rules and shipped packs by default.</param>
    public ConfigurationResolver(IConfigFileSource source, string? explicitConfig = null, IEnumerable<IRule>? builtIn = null)
    {
        _source = source;
        _explicitConfig = explicitConfig is null ? null : Path.GetFullPath(explicitConfig);
        _builtIn = builtIn?.ToList() ?? RuleSet.BuiltIn.Entries.Select(e => e.Rule).ToList();
        if (_explicitConfig is not null && !_source.FileExists(_explicitConfig))
            AddError(new ConfigurationError(_explicitConfig, 1, 1, "The configuration file does not exist."));
    }

    /// <summary>Every distinct configuration or pack problem met so far.</summary>
    public IReadOnlyList<ConfigurationError> Errors =>
        _errors.Keys.OrderBy(e => e.FilePath, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ToList();

    public IReadOnlyList<Diagnostic> ErrorDiagnostics => Errors.Select(e => e.ToDiagnostic()).ToList();

    /// <summary>Every rule of every rule set resolved so far (the built-in ones and the packs'), by ID.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors =>
        _builtIn.Select(r => r.Descriptor)
            .Concat(_linters.Values.Where(l => l.IsValueCreated).SelectMany(l => l.Value.Linter.Rules.Descriptors))
            .GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>The configuration that applies to the file at <paramref name="filePath"/>.</summary>
    public EffectiveConfiguration Resolve(string filePath)
    {
        var fullPath = Path.GetFullPath(filePath);
        var chain = Chain(Path.GetDirectoryName(fullPath) ?? "");
        var key = string.Join("|", chain.Select(c => c.FilePath));
        var built = _linters.GetOrAdd(key, _ => new Lazy<BuiltLinter>(() => Build(chain))).Value;
        return new EffectiveConfiguration(IsExcluded(fullPath, chain), built.Linter, chain.Select(c => c.FilePath).ToList(), built.Errors);
    }

    /// <summary>The configuration files that apply in <paramref name="folder"/>, parent first.</summary>
    private List<ConfigFile> Chain(string folder)
    {
        if (_explicitConfig is not null)
            return LoadConfig(_explicitConfig) is { } config ? [config] : [];
        var chain = new List<ConfigFile>();
        for (var dir = folder; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            var config = _configsByFolder.GetOrAdd(dir, FindConfig);
            if (config is null) continue;
            chain.Add(config);
            if (config.IsRoot) break;
        }
        chain.Reverse();
        return chain;
    }

    private ConfigFile? FindConfig(string folder)
    {
        foreach (var name in new[] { ConfigFile.FileName, ConfigFile.AlternateFileName })
        {
            var path = Path.Combine(folder, name);
            if (_source.FileExists(path)) return LoadConfig(path);
        }
        return null;
    }

    private ConfigFile? LoadConfig(string path) => _configsByPath.GetOrAdd(path, p =>
    {
        var text = _source.ReadAllText(p);
        var errors = new List<ConfigurationError>();
        if (text is null) errors.Add(new ConfigurationError(p, 1, 1, "The configuration file cannot be read."));
        var config = ConfigFileParser.Parse(p, text ?? "", errors);
        foreach (var error in errors) AddError(error);
        return config;
    });

    private static bool IsExcluded(string fullPath, List<ConfigFile> chain)
    {
        foreach (var config in chain)
        {
            var relative = Relative(config.Directory, fullPath);
            if (relative is null) continue;
            if (config.Exclude.Any(g => g.IsMatch(relative))) return true;
        }
        var nearestInclude = chain.LastOrDefault(c => c.Include.Count > 0);
        if (nearestInclude is null) return false;
        var fromInclude = Relative(nearestInclude.Directory, fullPath);
        return fromInclude is null || !nearestInclude.Include.Any(g => g.IsMatch(fromInclude));
    }

    private static string? Relative(string folder, string fullPath)
    {
        var prefix = folder.TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
        if (!fullPath.StartsWith(prefix, ConfigFileSources.PathComparison)) return null;
        return fullPath.Substring(prefix.Length).Replace('\\', '/');
    }

    private BuiltLinter Build(List<ConfigFile> chain)
    {
        var errors = new List<ConfigurationError>();
        var rules = new List<IRule>(_builtIn);
        var ids = new HashSet<string>(rules.Select(r => r.Descriptor.Id), StringComparer.OrdinalIgnoreCase);
        var loadedPacks = new HashSet<string>(ConfigFileSources.PathComparer);
        foreach (var config in chain)
            foreach (var reference in config.Packs)
                foreach (var pack in LoadPacks(config, reference, errors))
                {
                    if (!loadedPacks.Add(pack.FilePath)) continue;
                    foreach (var rule in pack.Rules)
                    {
                        if (ids.Add(rule.Descriptor.Id)) rules.Add(rule);
                        else errors.Add(new ConfigurationError(pack.FilePath, 1, 1, $"Rule {rule.Descriptor.Id} is already defined by another pack; this one is ignored."));
                    }
                }

        var severities = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase); // boxed: a dictionary of an enum is JIT-compiled at every start
        var options = new Dictionary<string, Dictionary<string, object?>>(StringComparer.OrdinalIgnoreCase);
        foreach (var config in chain)
            foreach (var pair in config.Rules)
            {
                var (setting, line, column) = pair.Value;
                if (!ids.Contains(pair.Key))
                {
                    errors.Add(new ConfigurationError(config.FilePath, line, column, $"Unknown rule \"{pair.Key}\"; `copydesk rules` lists them."));
                    continue;
                }
                if (setting.Severity is { } severity) severities[pair.Key] = severity;
                if (!options.TryGetValue(pair.Key, out var merged)) options[pair.Key] = merged = new Dictionary<string, object?>();
                foreach (var option in setting.Options) merged[option.Key] = option.Value;
            }

        var entries = rules.Select(rule => new RuleEntry(
            rule,
            severities.TryGetValue(rule.Descriptor.Id, out var severity) ? (Severity)severity : rule.Descriptor.DefaultSeverity,
            options.TryGetValue(rule.Descriptor.Id, out var ruleOptions) ? new RuleOptions(ruleOptions) : RuleOptions.Empty));
        var accepted = chain.SelectMany(c => c.AcceptedTerms);
        foreach (var error in errors) AddError(error);
        return new BuiltLinter(new Linter(new RuleSet(entries, accepted)), errors);
    }

    private IEnumerable<RulePack> LoadPacks(ConfigFile config, PackReference reference, List<ConfigurationError> errors)
    {
        if (_source.FileExists(reference.Path)) return [LoadPack(reference.Path)];
        if (_source.DirectoryExists(reference.Path)) return _source.PackFilesIn(reference.Path).Select(LoadPack).ToList();
        errors.Add(new ConfigurationError(config.FilePath, reference.Line, reference.Column, $"Rule pack \"{reference.Path}\" does not exist."));
        return [];
    }

    private RulePack LoadPack(string path) => _packs.GetOrAdd(path, p =>
    {
        var errors = new List<ConfigurationError>();
        var text = _source.ReadAllText(p);
        if (text is null) errors.Add(new ConfigurationError(p, 1, 1, "The rule pack cannot be read."));
        var pack = RulePackLoader.Load(p, text ?? "", shipped: false, errors);
        foreach (var error in errors) AddError(error);
        return pack;
    });

    private void AddError(ConfigurationError error) => _errors.TryAdd(error, error);
}
