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
    /// </summary>
    public static IReadOnlyList<SourceFile> Find(IReadOnlyList<string> arguments, string workingDirectory, List<FileResult>? problems)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<FoundFile>();
        foreach (var argument in arguments.Count == 0 ? ["."] : arguments)
        {
            // One walker per argument: a folder seen by one glob must still be searched for the next.
            var walker = new FolderWalker((folder, ex) =>
            {
                if (reported.Add(folder)) problems?.Add(UnreadableFolder(folder, ex, workingDirectory));
            });
            candidates.AddRange(Expand(argument, workingDirectory, walker));
        }

        var found = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workingDirectory));
        foreach (var file in candidates.Where(f => !f.IsLink).Concat(candidates.Where(f => f.IsLink)))
        {
            var normalized = Path.GetFullPath(file.Path);
            found.TryAdd(file.RealPath, new SourceFile(normalized, DisplayPathUnder(normalized, folder, workingDirectory)));
        }
        // List.Sort over a class shares precompiled code; OrderBy's index sort is JIT-compiled at start-up.
        var files = new List<SourceFile>(found.Values);
        files.Sort((a, b) => Ordinal.Compare(a.DisplayPath, b.DisplayPath));
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
        if (Directory.Exists(path)) return walker.Walk(path).Where(f => ArticleReader.IsSupportedPath(f.Path));
        throw new CliUsageException($"path not found: {argument}");
    }

    private static IEnumerable<FoundFile> ExpandGlob(string glob, string workingDirectory, FolderWalker walker)
    {
        // The part before the first segment with a wildcard is the folder to search from.
        var segments = glob.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(s => !IsGlob(s)).Count();
        var root = Path.GetFullPath(Path.Combine(workingDirectory, string.Join("/", segments.Take(fixedCount)) is { Length: > 0 } prefix ? prefix : "."));
        if (glob.StartsWith('/')) root = "/" + string.Join("/", segments.Take(fixedCount)).TrimStart('/');
        var pattern = string.Join("/", segments.Skip(fixedCount));
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        var files = walker.Walk(root).Where(f => ArticleReader.IsSupportedPath(f.Path))
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
