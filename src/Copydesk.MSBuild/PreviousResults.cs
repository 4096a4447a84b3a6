using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;

namespace Copydesk.MSBuild;

/// <summary>
/// Lets a check reuse the previous run's findings for every file whose bytes, path, rules and
/// settings are the same, so changing one doc re-lints that doc only. The key is a hash of all of
/// them plus the build of the engine and the task, so a different engine never reuses a result.
/// </summary>
public sealed class PreviousResults : IResultCache
{
    private static readonly string EngineIdentity =
        $"{typeof(Linter).Assembly.ManifestModule.ModuleVersionId}/{typeof(PreviousResults).Assembly.ManifestModule.ModuleVersionId}";

    private readonly Dictionary<string, IReadOnlyList<StoredFinding>> _previous;
    private readonly string _settingsDigest;
    private readonly Func<SourceFile, RuleSet> _rulesFor;
    private readonly ConcurrentDictionary<string, string> _keysByPath = new(StringComparer.Ordinal);
    private int _reused;

    /// <param name="previous">The files of the last run.</param>
    /// <param name="settingsDigest">What else decides the findings (the configuration files' contents): a change misses every entry.</param>
    /// <param name="rulesFor">The rules each file is checked with.</param>
    public PreviousResults(IEnumerable<CheckedFile> previous, string settingsDigest, Func<SourceFile, RuleSet> rulesFor)
    {
        _rulesFor = rulesFor;
        _previous = new Dictionary<string, IReadOnlyList<StoredFinding>>(StringComparer.Ordinal);
        foreach (var file in previous) _previous[file.Key] = file.Findings;
        _settingsDigest = settingsDigest;
    }

    /// <summary>How many files reused their findings.</summary>
    public int Reused => _reused;

    /// <summary>The key of what was checked for a file in this run.</summary>
    public string KeyOf(string path) => _keysByPath.TryGetValue(path, out var key) ? key : "";

    /// <summary>Never: a build's inputs are keyed by their bytes alone.</summary>
    public bool TryGetUnchanged(SourceFile file, out IReadOnlyList<Diagnostic> diagnostics)
    {
        diagnostics = [];
        return false;
    }

    public bool TryGet(SourceFile file, ReadOnlySpan<byte> content, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var key = Key(file, content, _rulesFor(file));
        _keysByPath[file.FullPath] = key;
        if (_previous.TryGetValue(key, out var findings))
        {
            Interlocked.Increment(ref _reused);
            diagnostics = findings.Select(f => f.ToDiagnostic()).ToList();
            return true;
        }
        diagnostics = [];
        return false;
    }

    public void Add(SourceFile file, ReadOnlySpan<byte> content, IReadOnlyList<Diagnostic> diagnostics) =>
        _keysByPath[file.FullPath] = Key(file, content, _rulesFor(file));

    private string Key(SourceFile file, ReadOnlySpan<byte> content, RuleSet rules)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{EngineIdentity}\n{_settingsDigest}\n{rules.Fingerprint}\n{file.DisplayPath}\n"));
        sha.AppendData(content);
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
