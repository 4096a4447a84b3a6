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
    // Built on first need: a run whose results all come from a cache never loads the shipped packs.
    private readonly Lazy<IReadOnlyList<IRule>> _builtIn;
    private readonly ConcurrentDictionary<string, ConfigFile?> _configsByFolder = new(ConfigFileSources.PathComparer);
    private readonly ConcurrentDictionary<string, ConfigFile> _configsByPath = new(ConfigFileSources.PathComparer);
    private readonly ConcurrentDictionary<string, LoadedPack> _packs = new(ConfigFileSources.PathComparer);
    private readonly ConcurrentDictionary<string, string> _identitiesByFolder = new(ConfigFileSources.PathComparer);
    private readonly ConcurrentDictionary<string, List<ConfigFile>> _chainsByFolder = new(ConfigFileSources.PathComparer);
    private readonly ConcurrentDictionary<string, string?> _texts = new(ConfigFileSources.PathComparer);
    // Classes as values, not tuples or bytes: dictionaries of structs are JIT-compiled at every start.
    private readonly ConcurrentDictionary<string, Lazy<BuiltLinter>> _linters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ConfigurationError, ConfigurationError> _errors = new();
    // Counted apart: a cached run asks for errors once, and a first ConcurrentDictionary.IsEmpty costs it 0.8 ms.
    private int _errorCount;

    private sealed record BuiltLinter(Linter Linter, IReadOnlyList<ConfigurationError> Errors);

    private sealed record LoadedPack(RulePack Pack, IReadOnlyList<ConfigurationError> Errors);

    /// <param name="source">Where configuration and pack texts come from.</param>
    /// <param name="explicitConfig">A configuration file to use for every file instead of searching (the tool's <c>--config</c>).</param>
    /// <param name="builtIn">The rules before any pack a configuration adds; the C# rules and shipped packs by default.</param>
    public ConfigurationResolver(IConfigFileSource source, string? explicitConfig = null, IEnumerable<IRule>? builtIn = null)
    {
        _source = source;
        _explicitConfig = explicitConfig is null ? null : Path.GetFullPath(explicitConfig);
        _builtIn = new Lazy<IReadOnlyList<IRule>>(() => builtIn?.ToList() ?? RuleSet.BuiltIn.Entries.Select(e => e.Rule).ToList());
        if (_explicitConfig is not null && !_source.FileExists(_explicitConfig))
            AddError(new ConfigurationError(_explicitConfig, 1, 1, "The configuration file does not exist."));
    }

    /// <summary>Every distinct configuration or pack problem met so far.</summary>
    public IReadOnlyList<ConfigurationError> Errors => Volatile.Read(ref _errorCount) == 0 ? [] : SortedErrors();

    // Apart, so a run without errors never loads the sorting generics (precompiled code loads a method's types before it runs).
    private List<ConfigurationError> SortedErrors() =>
        _errors.Keys.OrderBy(e => e.FilePath, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ToList();

    public IReadOnlyList<Diagnostic> ErrorDiagnostics => Errors.Select(e => e.ToDiagnostic()).ToList();

    /// <summary>Every rule of every rule set resolved so far (the built-in ones and the packs'), by ID.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors =>
        _builtIn.Value.Select(r => r.Descriptor)
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

    /// <summary>Whether the configurations exclude the file at <paramref name="filePath"/>; builds no rules.</summary>
    public bool IsExcluded(string filePath)
    {
        var fullPath = Path.GetFullPath(filePath);
        return IsExcluded(fullPath, Chain(Path.GetDirectoryName(fullPath) ?? ""));
    }

    /// <summary>
    /// Everything the configuration contributes to the findings of the file at <paramref name="filePath"/>, as
    /// one text: each configuration file that applies and each pack it names (or finds in a named folder),
    /// by path and content. Paths are relative to the outermost configuration's folder, so a checkout
    /// moved elsewhere keeps the same identity. Reads files but builds no rule, so a result cache can be
    /// keyed on it before any rule is loaded. Empty without configuration; the same string instance for
    /// every file of a folder. Whether the file is excluded (<see cref="IsExcluded(string)"/>) and the
    /// built-in rules (the engine build, for the default ones) are the caller's to add.
    /// </summary>
    public string ConfigurationIdentity(string filePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(filePath)) ?? "";
        return _identitiesByFolder.TryGetValue(folder, out var known)
            ? known
            : _identitiesByFolder.GetOrAdd(folder, Identity(Chain(folder)));
    }

    private string Identity(List<ConfigFile> chain)
    {
        if (chain.Count == 0) return "";
        var root = chain[0].Directory;
        var identity = new System.Text.StringBuilder();
        void Append(string kind, string path)
        {
            var text = ReadText(path);
            identity.Append(kind).Append(' ').Append(RelativePath(root, path)).Append(' ')
                .Append(text is null ? "unreadable" : text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
                .Append(text).Append('\n');
        }
        foreach (var config in chain)
        {
            Append("config", config.FilePath);
            foreach (var reference in config.Packs)
            {
                if (_source.FileExists(reference.Path)) Append("pack", reference.Path);
                else if (_source.DirectoryExists(reference.Path))
                    foreach (var pack in _source.PackFilesIn(reference.Path)) Append("pack", pack);
                else identity.Append("missing ").Append(RelativePath(root, reference.Path)).Append('\n');
            }
        }
        return identity.ToString();
    }

    private static string RelativePath(string folder, string path)
    {
#if NET
        return Path.GetRelativePath(folder, path).Replace('\\', '/');
#else
        return Relative(folder, path) ?? path.Replace('\\', '/');
#endif
    }

    /// <summary>One read per file and run, so the identity and the rules built later see the same text.</summary>
    private string? ReadText(string path) => _texts.GetOrAdd(path, _source.ReadAllText);

    /// <summary>The configuration files that apply in <paramref name="folder"/>, parent first; one list per folder, never changed.</summary>
    private List<ConfigFile> Chain(string folder) =>
        _chainsByFolder.TryGetValue(folder, out var chain) ? chain : _chainsByFolder.GetOrAdd(folder, FindChain);

    private List<ConfigFile> FindChain(string folder)
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
        var text = ReadText(p);
        var errors = new List<ConfigurationError>();
        if (text is null) errors.Add(new ConfigurationError(p, 1, 1, "The configuration file cannot be read."));
        var config = ConfigFileParser.Parse(p, text ?? "", errors);
        foreach (var error in errors) AddError(error);
        return config;
    });

    private static bool IsExcluded(string fullPath, List<ConfigFile> chain)
    {
        if (chain.Count == 0) return false;
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
        var rules = new List<IRule>(_builtIn.Value);
        var ids = new HashSet<string>(rules.Select(r => r.Descriptor.Id), StringComparer.OrdinalIgnoreCase);
        var loadedPacks = new HashSet<string>(ConfigFileSources.PathComparer);
        foreach (var config in chain)
            foreach (var reference in config.Packs)
                foreach (var loaded in LoadPacks(config, reference, errors))
                {
                    var pack = loaded.Pack;
                    if (!loadedPacks.Add(pack.FilePath)) continue;
                    // A pack's own problems belong to every configuration that uses it.
                    errors.AddRange(loaded.Errors);
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

    private IEnumerable<LoadedPack> LoadPacks(ConfigFile config, PackReference reference, List<ConfigurationError> errors)
    {
        if (_source.FileExists(reference.Path)) return [LoadPack(reference.Path)];
        if (_source.DirectoryExists(reference.Path)) return _source.PackFilesIn(reference.Path).Select(LoadPack).ToList();
        errors.Add(new ConfigurationError(config.FilePath, reference.Line, reference.Column, $"Rule pack \"{reference.Path}\" does not exist."));
        return [];
    }

    private LoadedPack LoadPack(string path) => _packs.GetOrAdd(path, p =>
    {
        var errors = new List<ConfigurationError>();
        var text = ReadText(p);
        if (text is null) errors.Add(new ConfigurationError(p, 1, 1, "The rule pack cannot be read."));
        var pack = RulePackLoader.Load(p, text ?? "", shipped: false, errors);
        foreach (var error in errors) AddError(error);
        return new LoadedPack(pack, errors);
    });

    private void AddError(ConfigurationError error)
    {
        if (_errors.TryAdd(error, error)) Interlocked.Increment(ref _errorCount);
    }
}
