using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Engine;

/// <summary>
/// Reads, decodes and lints files on several threads; results come back in input order whatever
/// the parallelism. Never throws for a file: one that cannot be read yields a CD9001 note, an
/// internal failure a CD9007 note, and the other files go on.
/// </summary>
public sealed class FileChecker
{
    // Parsers recurse on nesting and a stack overflow kills the process, so workers get a deep
    // stack (reserved address space, committed only as used) on top of the readers' own limits.
    private const int WorkerStackSize = 64 * 1024 * 1024;

    private readonly Func<SourceFile, Linter> _linterFor;

    public FileChecker(Func<SourceFile, Linter> linterFor, IResultCache? cache = null)
    {
        _linterFor = linterFor;
        _cache = cache;
    }

    public FileChecker(Linter linter, IResultCache? cache = null) : this(_ => linter, cache) { }

    private readonly IResultCache? _cache;

    /// <summary>Checks every file; <paramref name="progress"/> hears the count of files done so far.</summary>
    public IReadOnlyList<FileResult> Check(IReadOnlyList<SourceFile> files, int maxParallelism = 0, IProgress<int>? progress = null)
    {
        var results = new FileResult[files.Count];
        var done = 0;
        var next = -1;
        var workers = new Thread[Math.Min(files.Count, maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount)];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = new Thread(() =>
            {
                // One buffer per worker: a cache hit then allocates nothing for the file's bytes (20,000
                // cached files would otherwise allocate 142 MB and spend 35 ms in garbage collections).
                var buffer = new ReadBuffer();
                for (var i = Interlocked.Increment(ref next); i < files.Count; i = Interlocked.Increment(ref next))
                {
                    results[i] = CheckOne(files[i], buffer);
                    progress?.Report(Interlocked.Increment(ref done));
                }
            }, WorkerStackSize) { IsBackground = true, Name = "copydesk-check" };
            workers[w].Start();
        }
        foreach (var worker in workers) worker.Join();
        return results;
    }

    public FileResult CheckOne(SourceFile file) => CheckOne(file, buffer: null);

    private FileResult CheckOne(SourceFile file, ReadBuffer? buffer)
    {
        ArraySegment<byte> bytes;
        try
        {
            if (_cache is not null && _cache.TryGetUnchanged(file, out var unchanged)) return new FileResult(file, unchanged);
            bytes = buffer is null ? new ArraySegment<byte>(File.ReadAllBytes(file.FullPath)) : buffer.Read(file.FullPath);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException && !IsLink(file.FullPath))
        {
            // Found by the search but gone now (a checkout or build step removed it): nothing to check.
            return new FileResult(file, [Unreadable(file, Severity.Warning, "The file vanished during the run and was skipped.")]);
        }
        catch (Exception ex)
        {
            // Not found, yet there: a link whose target is missing.
            var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "it is a broken symbolic link" : ex.Message;
            return new FileResult(file, [Unreadable(file, Severity.Error, $"Cannot read the file: {reason}")]);
        }
        return Check(file, bytes);
    }

    public FileResult CheckBytes(SourceFile file, byte[] bytes) => Check(file, new ArraySegment<byte>(bytes));

    /// <param name="content">The file's bytes; a worker's buffer, so copied before anything keeps them.</param>
    private FileResult Check(SourceFile file, ArraySegment<byte> content)
    {
        try
        {
            if (_cache is not null && _cache.TryGet(file, content, out var cached)) return new FileResult(file, cached);
            var bytes = content.Offset == 0 && content.Count == content.Array!.Length ? content.Array : content.ToArray();
            var result = Lint(file, bytes);
            // A crash may be transient (memory) or fixed by the next build: never remember it.
            if (!result.Diagnostics.Any(d => d.RuleId is "CD9004" or "CD9007")) _cache?.Add(file, bytes, result.Diagnostics);
            return result;
        }
        catch (Exception ex)
        {
            return new FileResult(file, [Linter.InternalError(file.DisplayPath, ex)]);
        }
    }

    private FileResult Lint(SourceFile file, byte[] bytes)
    {
        var decoded = SourceDecoder.Decode(file.DisplayPath, bytes);
        if (decoded.Text is null) return new FileResult(file, decoded.Notes);
        var found = LintText(file, decoded.Text);
        if (decoded.Notes.Count == 0) return new FileResult(file, found);
        return new FileResult(file, Linter.Sort([.. decoded.Notes, .. found]));
    }

    /// <summary>
    /// Reads the article before asking for the file's linter: reading needs no rules, so a run's first
    /// files are parsed while the rule set is still loading on the other core.
    /// </summary>
    private IReadOnlyList<Diagnostic> LintText(SourceFile file, string text)
    {
        try
        {
            var article = ArticleReader.Read(file.DisplayPath, text);
            return _linterFor(file).Check(article);
        }
        catch (Exception ex)
        {
            return [Linter.InternalError(file.DisplayPath, ex)];
        }
    }

    /// <summary>Reads whole files into one growing array, as File.ReadAllBytes reads them.</summary>
    private sealed class ReadBuffer
    {
        private byte[] _bytes = new byte[64 * 1024];

        public ArraySegment<byte> Read(string path)
        {
#if NET
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            if (length > Array.MaxLength) throw new IOException($"The file is too long ({length} bytes).");
            if (length > _bytes.Length) _bytes = new byte[length];
            var total = 0;
            // Up to the length the file reported, as File.ReadAllBytes reads (no extra call to meet its end); a file
            // that reports no length, as some special files do, is read until the end.
            while (length == 0 || total < length)
            {
                if (total == _bytes.Length) Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, (long)_bytes.Length * 2));
                var read = RandomAccess.Read(handle, _bytes.AsSpan(total), total);
                if (read == 0) break;
                total += read;
            }
            return new ArraySegment<byte>(_bytes, 0, total);
#else
            return new ArraySegment<byte>(File.ReadAllBytes(path));
#endif
        }
    }

    private static bool IsLink(string path)
    {
        try
        {
            // A dangling link is still there (lstat); a vanished file is not.
#if NET
            return new FileInfo(path).LinkTarget is not null;
#else
            return (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0;
#endif
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Diagnostic Unreadable(SourceFile file, Severity severity, string message)
    {
        var unreadable = ToolDescriptors.UnreadableFile;
        return new Diagnostic(unreadable.Id, severity, message, file.DisplayPath, 0, 0, new SourceRange(1, 1, 1, 1), unreadable.HelpUri);
    }
}
