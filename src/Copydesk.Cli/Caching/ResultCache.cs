using System.Text;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;

namespace Copydesk.Cli.Caching;

/// <summary>
/// Findings keyed by a hash of the file's bytes, its display path, the engine build and a digest of the
/// configuration that applies to the file (see <see cref="Checking.RunConfiguration.SettingsDigest"/>).
/// None of these needs a rule built, so a run whose files all hit never loads a rule pack. Content-addressed,
/// so it is safe to share between machines and CI runs: a changed file, pack, configuration or engine simply
/// misses. Also remembers which configurations built without errors, so a warm run need not build them to
/// learn that. One binary file, written atomically, and only when the run learnt something new. It holds the
/// results of one engine build: another build starts it afresh, as none of its keys could ever match again.
/// Beside each result it keeps the size and modification time the file had when its bytes were read (as make
/// and rsync judge a file unchanged): a file that still shows them is not read again. A time stamp is only
/// trusted once it is <see cref="SettledAfter"/> old, since a file rewritten within the same tick of the file
/// system's clock keeps its time. A fresh clone (new times) or a moved file falls back to the bytes.
/// </summary>
public sealed class ResultCache : IResultCache
{
    private const int FormatVersion = 5;
    private const int MaxEntries = 250_000;
    private const int MaxCleanSettings = 1_000;

    /// <summary>
    /// The build of the engine and of this tool (module version IDs change with every change of code,
    /// embedded packs or referenced package versions): a rebuilt tool never reads old results.
    /// </summary>
    private static readonly string EngineIdentity =
        ContentHash.Hex(typeof(Linter).Assembly.ManifestModule.ModuleVersionId) + "/" + ContentHash.Hex(typeof(ResultCache).Assembly.ManifestModule.ModuleVersionId);

    private static readonly TimeSpan SettledAfter = TimeSpan.FromSeconds(2);

    /// <summary>What a file looked like when its bytes were read, and the key of its findings.</summary>
    private sealed class FileStamp(long length, long lastWriteTicks)
    {
        public long Length { get; } = length;
        public long LastWriteTicks { get; } = lastWriteTicks;
        public string ResultKey { get; set; } = "";
        /// <summary>Whether this run took a loaded stamp's results (written by one thread only: the one checking its file).</summary>
        public bool Used { get; set; }
    }

    // What was loaded is only read during a run, so a file whose stamp still holds takes no lock.
    private readonly Dictionary<string, Diagnostic[]> _entries;
    private readonly Dictionary<string, Diagnostic[]> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileStamp> _stamps; // by StampKey
    private readonly Dictionary<string, FileStamp> _newStamps = new(StringComparer.Ordinal); // taken this run, with the bytes read
    private readonly Dictionary<string, FileStamp> _unreadStamps = new(StringComparer.Ordinal); // taken before the bytes were read
    private readonly HashSet<string> _cleanSettings;
    private readonly Func<SourceFile, string> _settingsDigestOf;
    private readonly object _gate = new();
    private bool _learnt;

    private ResultCache(string path, Func<SourceFile, string> settingsDigestOf, Dictionary<string, Diagnostic[]> entries, HashSet<string> cleanSettings,
        Dictionary<string, FileStamp> stamps)
    {
        FilePath = path;
        _settingsDigestOf = settingsDigestOf;
        _entries = entries;
        _cleanSettings = cleanSettings;
        _stamps = stamps;
    }

    public string FilePath { get; }

    private int _hits;

    public int Hits => Volatile.Read(ref _hits);

    /// <summary>True when nothing was loaded: every file will miss.</summary>
    public bool IsEmpty => _entries.Count == 0;

    public static string KeyFor(string engineIdentity, string settingsDigest, string displayPath, ReadOnlySpan<byte> content) =>
        ContentHash.Of(Encoding.UTF8.GetBytes(engineIdentity + "\n" + settingsDigest + "\n" + displayPath + "\n"), content);

    public bool TryGetUnchanged(SourceFile file, out IReadOnlyList<Diagnostic> diagnostics)
    {
        diagnostics = [];
        FileStamp now;
        try
        {
            var info = new FileInfo(file.FullPath);
            if (!info.Exists) return false;
            now = new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        var stampKey = StampKey(file);
        if (_stamps.TryGetValue(stampKey, out var known) && known.Length == now.Length && known.LastWriteTicks == now.LastWriteTicks
            && _entries.TryGetValue(known.ResultKey, out var found))
        {
            known.Used = true;
            Interlocked.Increment(ref _hits);
            diagnostics = found;
            return true;
        }
        lock (_gate)
        {
            // Only this stat may go with the bytes about to be read (an older one, left by a failed check, never).
            if (DateTime.UtcNow.Ticks - now.LastWriteTicks >= SettledAfter.Ticks) _unreadStamps[stampKey] = now;
            else _unreadStamps.Remove(stampKey);
            return false;
        }
    }

    public bool TryGet(SourceFile file, ReadOnlySpan<byte> content, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var key = KeyFor(EngineIdentity, _settingsDigestOf(file), file.DisplayPath, content);
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var found))
            {
                diagnostics = [];
                return false;
            }
            _used[key] = found;
            Interlocked.Increment(ref _hits);
            Stamp(file, key);
            diagnostics = found;
            return true;
        }
    }

    public void Add(SourceFile file, ReadOnlySpan<byte> content, IReadOnlyList<Diagnostic> diagnostics)
    {
        var key = KeyFor(EngineIdentity, _settingsDigestOf(file), file.DisplayPath, content);
        lock (_gate)
        {
            _used[key] = [.. diagnostics];
            Stamp(file, key);
            _learnt = true;
        }
    }

    /// <summary>Ties the stamp taken before the file was read to the key of the bytes read; under the lock.</summary>
    private void Stamp(SourceFile file, string resultKey)
    {
        var stampKey = StampKey(file);
        if (!_unreadStamps.TryGetValue(stampKey, out var stamp)) return;
        _unreadStamps.Remove(stampKey);
        stamp.ResultKey = resultKey;
        _newStamps[stampKey] = stamp;
        _learnt = true;
    }

    private string StampKey(SourceFile file) => _settingsDigestOf(file) + "\n" + file.FullPath;

    /// <summary>Whether a configuration with this digest (same engine) is known to build without errors.</summary>
    public bool IsKnownClean(string settingsDigest)
    {
        lock (_gate) return _cleanSettings.Contains(settingsDigest);
    }

    public void MarkClean(string settingsDigest)
    {
        lock (_gate) _learnt |= _cleanSettings.Add(settingsDigest);
    }

    /// <summary>Loads the cache, or starts empty when it is missing, from another format, or damaged.</summary>
    /// <param name="settingsDigestOf">The digest of the configuration that applies to a file.</param>
    public static ResultCache Load(string path, Func<SourceFile, string> settingsDigestOf)
    {
        var entries = new Dictionary<string, Diagnostic[]>(StringComparer.Ordinal);
        var clean = new HashSet<string>(StringComparer.Ordinal);
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        try
        {
            // One read: BinaryReader over a file stream reads it a few bytes at a time.
            using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)), Encoding.UTF8);
            if (reader.ReadInt32() != FormatVersion || reader.ReadString() != EngineIdentity)
                return new ResultCache(path, settingsDigestOf, entries, clean, stamps);
            var cleanCount = reader.ReadInt32();
            for (var i = 0; i < cleanCount; i++) clean.Add(reader.ReadString());
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var diagnostics = new Diagnostic[reader.ReadInt32()];
                for (var j = 0; j < diagnostics.Length; j++) diagnostics[j] = ReadDiagnostic(reader);
                entries[key] = diagnostics;
            }
            var stampCount = reader.ReadInt32();
            for (var i = 0; i < stampCount; i++)
                stamps[reader.ReadString()] = new FileStamp(reader.ReadInt64(), reader.ReadInt64()) { ResultKey = reader.ReadString() };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            entries.Clear();
            clean.Clear();
            stamps.Clear();
        }
        return new ResultCache(path, settingsDigestOf, entries, clean, stamps);
    }

    /// <summary>
    /// Writes what this run used first, then older entries up to a bound, via a temp file and rename.
    /// A run that learnt nothing (every file a hit) leaves the file as it is.
    /// </summary>
    public void Save()
    {
        lock (_gate)
        {
            if (!_learnt) return;
            var keep = new Dictionary<string, Diagnostic[]>(_used, StringComparer.Ordinal);
            foreach (var stamp in _stamps.Values)
                if (stamp.Used) keep.TryAdd(stamp.ResultKey, _entries[stamp.ResultKey]);
            foreach (var (key, value) in _entries)
            {
                if (keep.Count >= MaxEntries) break;
                keep.TryAdd(key, value);
            }
            CacheFolder.Prepare(Path.GetDirectoryName(FilePath)!);
            var temp = $"{FilePath}.{Environment.ProcessId}.tmp";
            using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
            {
                writer.Write(FormatVersion);
                writer.Write(EngineIdentity);
                var clean = _cleanSettings.Count > MaxCleanSettings ? [.. _cleanSettings.Take(MaxCleanSettings)] : _cleanSettings;
                writer.Write(clean.Count);
                foreach (var settings in clean) writer.Write(settings);
                writer.Write(keep.Count);
                foreach (var (key, diagnostics) in keep)
                {
                    writer.Write(key);
                    writer.Write(diagnostics.Length);
                    foreach (var d in diagnostics) WriteDiagnostic(writer, d);
                }
                // The stamps taken this run, then loaded ones whose results are still kept (those this run used among them).
                var stamps = new Dictionary<string, FileStamp>(_newStamps, StringComparer.Ordinal);
                foreach (var (stampKey, stamp) in _stamps)
                    if (keep.ContainsKey(stamp.ResultKey)) stamps.TryAdd(stampKey, stamp);
                writer.Write(stamps.Count);
                foreach (var (stampKey, stamp) in stamps)
                {
                    writer.Write(stampKey);
                    writer.Write(stamp.Length);
                    writer.Write(stamp.LastWriteTicks);
                    writer.Write(stamp.ResultKey);
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
