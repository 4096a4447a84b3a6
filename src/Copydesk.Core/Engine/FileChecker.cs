using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Engine;

/// <summary>
/// Reads, decodes and lints files on all cores; results come back in input order whatever the
/// parallelism. A file that cannot be read yields a CD9001 note and the others go on.
/// </summary>
public sealed class FileChecker
{
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
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount };
        Parallel.For(0, files.Count, options, i =>
        {
            results[i] = CheckOne(files[i]);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return results;
    }

    public FileResult CheckOne(SourceFile file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileResult(file, [Unreadable(file, ex.Message)]);
        }
        return CheckBytes(file, bytes);
    }

    public FileResult CheckBytes(SourceFile file, byte[] bytes)
    {
        var linter = _linterFor(file);
        if (_cache is not null && _cache.TryGet(file, bytes, linter.Rules, out var cached)) return new FileResult(file, cached);
        var result = Lint(file, bytes, linter);
        _cache?.Add(file, bytes, linter.Rules, result.Diagnostics);
        return result;
    }

    private static FileResult Lint(SourceFile file, byte[] bytes, Linter linter)
    {
        var decoded = SourceDecoder.Decode(file.DisplayPath, bytes);
        if (decoded.Text is null) return new FileResult(file, decoded.Notes);
        var found = linter.Check(file.DisplayPath, decoded.Text);
        if (decoded.Notes.Count == 0) return new FileResult(file, found);
        return new FileResult(file, Linter.Sort([.. decoded.Notes, .. found]));
    }

    private static Diagnostic Unreadable(SourceFile file, string reason)
    {
        var unreadable = ToolDescriptors.UnreadableFile;
        return new Diagnostic(unreadable.Id, unreadable.DefaultSeverity, $"Cannot read the file: {reason}",
            file.DisplayPath, 0, 0, new SourceRange(1, 1, 1, 1), unreadable.HelpUri);
    }
}
