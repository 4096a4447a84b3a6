using System.IO.Hashing;
using System.Text;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Copydesk.Cli.Reporting;

namespace Copydesk.Cli.Caching;

/// <summary>
/// Findings keyed by a hash of the file's bytes, its display path, the tool version and the rule
/// set's fingerprint. Content-addressed, so it is safe to share between machines and CI runs: a
/// changed file, rule pack or configuration simply misses. One binary file, written atomically.
/// </summary>
public sealed class ResultCache : IResultCache
{
    private const int FormatVersion = 2;
    private const int MaxEntries = 250_000;
    private readonly Dictionary<string, Diagnostic[]> _entries;
    private readonly Dictionary<string, Diagnostic[]> _used = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    private ResultCache(string path, Dictionary<string, Diagnostic[]> entries)
    {
        FilePath = path;
        _entries = entries;
    }

    public string FilePath { get; }

    public static string KeyFor(string toolVersion, string ruleSetFingerprint, string displayPath, byte[] content)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes($"{toolVersion}\n{ruleSetFingerprint}\n{displayPath}\n"));
        hash.Append(content);
        return Convert.ToHexString(hash.GetCurrentHash());
    }

    /// <summary>The tool version plus the engine assembly's build identity: a rebuilt engine never reads old results.</summary>
    private static readonly string EngineVersion = $"{CheckReport.ToolVersion}/{typeof(Linter).Assembly.ManifestModule.ModuleVersionId}";

    public int Hits { get; private set; }

    public bool TryGet(SourceFile file, byte[] content, RuleSet rules, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var key = KeyFor(EngineVersion, rules.Fingerprint, file.DisplayPath, content);
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var found))
            {
                diagnostics = [];
                return false;
            }
            _used[key] = found;
            Hits++;
            diagnostics = found;
            return true;
        }
    }

    public void Add(SourceFile file, byte[] content, RuleSet rules, IReadOnlyList<Diagnostic> diagnostics)
    {
        var key = KeyFor(EngineVersion, rules.Fingerprint, file.DisplayPath, content);
        lock (_gate) _used[key] = [.. diagnostics];
    }

    /// <summary>Loads the cache, or starts empty when it is missing, from another format, or damaged.</summary>
    public static ResultCache Load(string path)
    {
        var entries = new Dictionary<string, Diagnostic[]>(StringComparer.Ordinal);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadInt32() != FormatVersion) return new ResultCache(path, entries);
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var diagnostics = new Diagnostic[reader.ReadInt32()];
                for (var j = 0; j < diagnostics.Length; j++) diagnostics[j] = ReadDiagnostic(reader);
                entries[key] = diagnostics;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            entries.Clear();
        }
        return new ResultCache(path, entries);
    }

    /// <summary>Writes what this run used first, then older entries up to a bound, via a temp file and rename.</summary>
    public void Save()
    {
        lock (_gate)
        {
            var keep = new Dictionary<string, Diagnostic[]>(_used, StringComparer.Ordinal);
            foreach (var (key, value) in _entries)
            {
                if (keep.Count >= MaxEntries) break;
                keep.TryAdd(key, value);
            }
            var folder = Path.GetDirectoryName(FilePath)!;
            Directory.CreateDirectory(folder);
            // The cache lands in the user's repository (hooks run at its root): keep it out of `git add -A`.
            var ignore = Path.Combine(folder, ".gitignore");
            if (!File.Exists(ignore)) File.WriteAllText(ignore, "# Written by copydesk: the result cache is never committed.\n*\n");
            var temp = $"{FilePath}.{Environment.ProcessId}.tmp";
            using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
            {
                writer.Write(FormatVersion);
                writer.Write(keep.Count);
                foreach (var (key, diagnostics) in keep)
                {
                    writer.Write(key);
                    writer.Write(diagnostics.Length);
                    foreach (var d in diagnostics) WriteDiagnostic(writer, d);
                }
            }
            File.Move(temp, FilePath, overwrite: true);
        }
    }

    private static void WriteDiagnostic(BinaryWriter writer, Diagnostic d)
    {
        writer.Write(d.RuleId);
        writer.Write((int)d.Severity);
        writer.Write(d.Message);
        writer.Write(d.FilePath);
        writer.Write(d.Start);
        writer.Write(d.Length);
        writer.Write(d.Range.StartLine);
        writer.Write(d.Range.StartColumn);
        writer.Write(d.Range.EndLine);
        writer.Write(d.Range.EndColumn);
        writer.Write(d.HelpUri ?? "");
        writer.Write(d.MatchedText);
        writer.Write(d.Fix?.Count ?? 0);
        foreach (var edit in d.Fix ?? [])
        {
            writer.Write(edit.Start);
            writer.Write(edit.Length);
            writer.Write(edit.Replacement);
        }
    }

    private static Diagnostic ReadDiagnostic(BinaryReader reader)
    {
        var ruleId = reader.ReadString();
        var severity = (Severity)reader.ReadInt32();
        var message = reader.ReadString();
        var filePath = reader.ReadString();
        var start = reader.ReadInt32();
        var length = reader.ReadInt32();
        var range = new SourceRange(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        var helpUri = reader.ReadString();
        var matchedText = reader.ReadString();
        var fixCount = reader.ReadInt32();
        TextEdit[]? fix = fixCount == 0 ? null : new TextEdit[fixCount];
        for (var i = 0; i < fixCount; i++) fix![i] = new TextEdit(reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());
        return new Diagnostic(ruleId, severity, message, filePath, start, length, range, helpUri.Length == 0 ? null : helpUri, fix)
        {
            MatchedText = matchedText,
        };
    }
}
