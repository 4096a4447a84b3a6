using Copydesk.Core.Articles;
using Copydesk.Core.Engine;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Copydesk.Cli.Checking;

/// <summary>
/// Turns the paths, folders and globs of the command line into files, in a stable order.
/// Folders are searched for *.md, *.markdown and *.txt, skipping build output and dependencies.
/// </summary>
public static class FileDiscovery
{
    private static readonly string[] ArticlePatterns = ["**/*.md", "**/*.markdown", "**/*.txt"];
    private static readonly string[] SkippedFolders = ["**/bin/**", "**/obj/**", "**/node_modules/**", "**/.git/**"];

    public static IReadOnlyList<SourceFile> Find(IReadOnlyList<string> arguments, string workingDirectory)
    {
        var found = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var argument in arguments.Count == 0 ? ["."] : arguments)
        {
            foreach (var fullPath in Expand(argument, workingDirectory))
            {
                var normalized = Path.GetFullPath(fullPath);
                found.TryAdd(normalized, new SourceFile(normalized, DisplayPath(normalized, workingDirectory)));
            }
        }
        return found.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToList();
    }

    public static string DisplayPath(string fullPath, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');

    private static IEnumerable<string> Expand(string argument, string workingDirectory)
    {
        if (IsGlob(argument)) return ExpandGlob(argument, workingDirectory);

        var path = Path.GetFullPath(Path.Combine(workingDirectory, argument));
        if (File.Exists(path)) return [path];
        if (Directory.Exists(path)) return SearchFolder(path);
        throw new CliUsageException($"path not found: {argument}");
    }

    private static IEnumerable<string> SearchFolder(string folder)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(ArticlePatterns);
        matcher.AddExcludePatterns(SkippedFolders);
        return matcher.GetResultsInFullPath(folder);
    }

    private static IEnumerable<string> ExpandGlob(string glob, string workingDirectory)
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
        matcher.AddExcludePatterns(SkippedFolders);
        return matcher.GetResultsInFullPath(root).Where(ArticleReader.IsSupportedPath);
    }

    private static bool IsGlob(string text) => text.IndexOfAny(['*', '?', '[', '{']) >= 0;
}
