using System.Text;
using Copydesk.Core.Articles;
using Copydesk.Core.Engine;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Copydesk.Cli.Checking;

/// <summary>An article as it stands in the git index, ready to lint without touching the working tree.</summary>
public sealed record StagedArticle(SourceFile File, byte[] Content);

/// <summary>
/// The files git says to check: the staged version of staged articles (`--staged`), or the articles
/// changed since a ref (`--changed-since`). Deleted files, symbolic links, submodules and files that
/// are not articles are left out quietly. Paths on the command line narrow the selection further
/// (the pre-commit framework passes the file names it wants checked).
/// </summary>
public static class GitFiles
{
    private const string RegularFileMode = "100644";
    private const string ExecutableFileMode = "100755";

    public static IReadOnlyList<StagedArticle> Staged(string workingDirectory, IReadOnlyList<string> filters)
    {
        var root = GitProcess.WorkTreeRoot(workingDirectory);
        var selected = PathFilter(filters, workingDirectory);
        var entries = ChangedEntries(root, "diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--diff-filter=d", "--ignore-submodules")
            .Select(e => (e.Path, e.BlobId, File: ToSourceFile(root, e.Path, workingDirectory)))
            .Where(e => selected(e.File))
            .ToList();
        if (entries.Count == 0) return [];

        var contents = ReadBlobs(root, entries.Select(e => e.BlobId).ToList());
        return entries.Select((e, i) => new StagedArticle(e.File, contents[i])).ToList();
    }

    /// <summary>
    /// Articles that differ between the working tree and the point where HEAD left <paramref name="reference"/>
    /// (the merge base, so a branch sees only its own changes), plus untracked ones; read from the working tree.
    /// </summary>
    public static IReadOnlyList<SourceFile> ChangedSince(string reference, string workingDirectory, IReadOnlyList<string> filters)
    {
        var root = GitProcess.WorkTreeRoot(workingDirectory);
        var selected = PathFilter(filters, workingDirectory);
        var changed = ChangedEntries(root, "diff", "--raw", "-z", "--no-renames", "--no-abbrev", "--diff-filter=d", "--ignore-submodules", "--merge-base", reference, "--")
            .Select(e => e.Path);
        var untracked = GitProcess.RunNulSeparated(root, "ls-files", "--others", "--exclude-standard", "-z")
            .Where(ArticleReader.IsSupportedPath);
        return changed.Concat(untracked)
            .Distinct(StringComparer.Ordinal)
            .Select(path => ToSourceFile(root, path, workingDirectory))
            .Where(f => File.Exists(f.FullPath) && selected(f))
            .OrderBy(f => f.DisplayPath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Parses `git diff --raw -z`: each entry is ":oldmode newmode oldid newid status" then the path.
    /// Keeps article files whose new side is a plain file (not a symbolic link or submodule).
    /// </summary>
    private static IEnumerable<(string Path, string BlobId)> ChangedEntries(string root, params string[] arguments)
    {
        var fields = GitProcess.RunNulSeparated(root, arguments);
        for (var i = 0; i + 1 < fields.Count; i += 2)
        {
            var meta = fields[i].TrimStart(':').Split(' ');
            var path = fields[i + 1];
            if (meta.Length < 5 || !ArticleReader.IsSupportedPath(path)) continue;
            if (meta[1] is not (RegularFileMode or ExecutableFileMode)) continue;
            yield return (path, meta[3]);
        }
    }

    /// <summary>Reads all blobs with one `git cat-file --batch`, in the order asked.</summary>
    private static byte[][] ReadBlobs(string root, IReadOnlyList<string> blobIds)
    {
        var request = Encoding.ASCII.GetBytes(string.Concat(blobIds.Select(id => id + "\n")));
        var output = GitProcess.Run(root, ["cat-file", "--batch"], request);
        var blobs = new byte[blobIds.Count][];
        var position = 0;
        for (var i = 0; i < blobIds.Count; i++)
        {
            // Each answer is "<id> <type> <size>\n<content>\n".
            var headerEnd = Array.IndexOf(output, (byte)'\n', position);
            var header = Encoding.ASCII.GetString(output, position, headerEnd - position).Split(' ');
            if (header.Length != 3 || header[1] != "blob")
                throw new CliUsageException($"git cat-file could not read staged object {blobIds[i]}");
            var size = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
            blobs[i] = output.AsSpan(headerEnd + 1, size).ToArray();
            position = headerEnd + 1 + size + 1;
        }
        return blobs;
    }

    private static SourceFile ToSourceFile(string root, string gitPath, string workingDirectory)
    {
        var fullPath = Path.GetFullPath(Path.Combine(root, gitPath));
        return new SourceFile(fullPath, FileDiscovery.DisplayPath(fullPath, workingDirectory));
    }

    /// <summary>
    /// The command line's paths as a test on files: no paths keep everything; otherwise a file must be
    /// a named file, lie in a named folder, or match a glob. Built once, since hooks pass many names.
    /// </summary>
    private static Func<SourceFile, bool> PathFilter(IReadOnlyList<string> paths, string workingDirectory)
    {
        if (paths.Count == 0) return _ => true;
        var globs = paths.Where(p => p.IndexOfAny(['*', '?', '[', '{']) >= 0).ToList();
        var named = paths.Except(globs)
            .Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(workingDirectory, p))))
            .ToHashSet(StringComparer.Ordinal);
        Matcher? matcher = null;
        if (globs.Count > 0)
        {
            matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddIncludePatterns(globs.Select(g => g.Replace('\\', '/')));
        }
        return file =>
        {
            if (matcher?.Match(file.DisplayPath).HasMatches == true) return true;
            // The file itself or any folder above it.
            for (var path = file.FullPath; !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
                if (named.Contains(path)) return true;
            return false;
        };
    }
}
