using Copydesk.Cli.Caching;
using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Copydesk.Cli.Checking;

/// <summary>
/// Turns the paths, folders and globs of the command line into files, in a stable order.
/// Folders are searched for *.md, *.markdown and *.txt, skipping build output and dependencies.
/// </summary>
public static class FileDiscovery
{
    public static IReadOnlyList<SourceFile> Find(IReadOnlyList<string> arguments, string workingDirectory) =>
        Find(arguments, workingDirectory, problems: null);

    /// <summary>
    /// Finds the files to check; each folder that cannot be searched is added to
    /// <paramref name="problems"/> as a CD9001 result instead of stopping the run. A file reached
    /// twice (through links or overlapping arguments) is listed once, under its plain path.
    /// With <paramref name="known"/>, a search whose folders are all unchanged since the last one is not
    /// done again, and the folder that cache lives in is not searched.
    /// </summary>
    public static IReadOnlyList<SourceFile> Find(IReadOnlyList<string> arguments, string workingDirectory, List<FileResult>? problems,
        FileListCache? known = null)
    {
        var searchKey = workingDirectory + "\0" + string.Join("\0", arguments);
        if (known?.TryGet(searchKey) is { } remembered) return remembered;

        var reported = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<FoundFile>();
        var listed = new List<FolderStamp>();
        var repeatable = known is not null;
        var cacheFolder = known is null ? null : Path.GetDirectoryName(known.FilePath);
        foreach (var argument in arguments.Count == 0 ? ["."] : arguments)
        {
            // One walker per argument: a folder seen by one glob must still be searched for the next.
            var walker = new FolderWalker((folder, ex) =>
            {
                if (reported.Add(folder)) problems?.Add(UnreadableFolder(folder, ex, workingDirectory));
            }, cacheFolder);
            candidates.AddRange(Expand(argument, workingDirectory, walker));
            // A named file, or a glob whose folder is missing, lists no folder whose time would tell of a change.
            repeatable &= walker.IsRepeatable && walker.Listed.Count > 0;
            listed.AddRange(walker.Listed);
        }

        var found = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workingDirectory));
        // Every path found is already full and normalised (see Expand).
        foreach (var file in candidates.Where(f => !f.IsLink).Concat(candidates.Where(f => f.IsLink)))
            found.TryAdd(file.RealPath, new SourceFile(file.Path, DisplayPathUnder(file.Path, folder, workingDirectory)));
        // List.Sort over a class shares precompiled code; OrderBy's index sort is JIT-compiled at start-up.
        var files = new List<SourceFile>(found.Values);
        files.Sort((a, b) => Ordinal.Compare(a.DisplayPath, b.DisplayPath));
        if (repeatable) known!.Remember(searchKey, files, listed);
        return files;
    }

    public static string DisplayPath(string fullPath, string workingDirectory) =>
        DisplayPathUnder(fullPath, Path.TrimEndingDirectorySeparator(Path.GetFullPath(workingDirectory)), workingDirectory);

    /// <summary>
    /// The display path given the working folder already normalised: a file under it (the common case)
    /// takes the rest of its path, without normalising both paths again per file.
    /// </summary>
    private static string DisplayPathUnder(string fullPath, string normalizedFolder, string workingDirectory)
    {
        if (fullPath.Length > normalizedFolder.Length + 1 && fullPath[normalizedFolder.Length] == Path.DirectorySeparatorChar &&
            fullPath.StartsWith(normalizedFolder, StringComparison.Ordinal))
            return fullPath[(normalizedFolder.Length + 1)..].Replace('\\', '/');
        return Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');
    }

    private static IEnumerable<FoundFile> Expand(string argument, string workingDirectory, FolderWalker walker)
    {
        if (IsGlob(argument)) return ExpandGlob(argument, workingDirectory, walker);

        var path = Path.GetFullPath(Path.Combine(workingDirectory, argument));
        if (File.Exists(path)) return [new FoundFile(path, FolderWalker.RealPath(path), IsLink: false)];
        if (Directory.Exists(path)) return walker.Walk(path, ArticleReader.IsSupportedPath);
        throw new CliUsageException($"path not found: {argument}");
    }

    private static IEnumerable<FoundFile> ExpandGlob(string glob, string workingDirectory, FolderWalker walker)
    {
        // The part before the first segment with a wildcard is the folder to search from.
        var segments = glob.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(s => !IsGlob(s)).Count();
        var root = Path.GetFullPath(Path.Combine(workingDirectory, string.Join("/", segments.Take(fixedCount)) is { Length: > 0 } prefix ? prefix : "."));
        if (glob.StartsWith('/')) root = Path.GetFullPath("/" + string.Join("/", segments.Take(fixedCount)).TrimStart('/'));
        var pattern = string.Join("/", segments.Skip(fixedCount));
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        var files = walker.Walk(root, ArticleReader.IsSupportedPath)
            .ToDictionary(f => Path.GetRelativePath(root, f.Path).Replace('\\', '/'), StringComparer.Ordinal);
        return matcher.Match(root, files.Keys).Files.Select(m => files[m.Path]);
    }

    private static FileResult UnreadableFolder(string folder, Exception ex, string workingDirectory)
    {
        var unreadable = ToolDescriptors.UnreadableFile;
        var display = DisplayPath(folder, workingDirectory);
        return new FileResult(new SourceFile(folder, display),
        [
            new Diagnostic(unreadable.Id, unreadable.DefaultSeverity, $"Cannot search the folder: {ex.Message}",
                display, 0, 0, new SourceRange(1, 1, 1, 1), unreadable.HelpUri),
        ]);
    }

    private static bool IsGlob(string text) => text.IndexOfAny(['*', '?', '[', '{']) >= 0;
}
