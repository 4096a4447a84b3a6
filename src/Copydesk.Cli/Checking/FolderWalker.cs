namespace Copydesk.Cli.Checking;

/// <summary>A file found under a folder: the path it was found at, and the real path behind any links.</summary>
/// <remarks>
/// A class, not a struct: lists and LINQ over a reference type share the framework's precompiled code,
/// while each struct instantiation is JIT-compiled at start-up (25 methods, about 2 ms of a one-file run).
/// </remarks>
public sealed record FoundFile(string Path, string RealPath, bool IsLink);

/// <summary>
/// Lists the files under a folder without looping or listing a real folder twice: folder links are
/// followed after the plain folders, once per real folder, so a link to a parent ends the search
/// and files keep their own paths. Folders that cannot be read are reported, never thrown.
/// </summary>
public sealed class FolderWalker
{
    private static readonly HashSet<string> SkippedFolderNames = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", ".git" };
    // As the kernel does (ELOOP): a chain of more links than this is a loop.
    private const int MaxLinkHops = 40;

    private readonly HashSet<string> _visitedFolders = new(StringComparer.Ordinal);
    private readonly Action<string, Exception> _onUnreadableFolder;

    public FolderWalker(Action<string, Exception> onUnreadableFolder) => _onUnreadableFolder = onUnreadableFolder;

    public List<FoundFile> Walk(string root)
    {
        var files = new List<FoundFile>();
        var plain = new Stack<(string Path, string Real)>();
        var linked = new Queue<string>();
        plain.Push((root, RealPath(root)));
        while (plain.Count > 0 || linked.Count > 0)
        {
            var (folder, real) = plain.Count > 0 ? plain.Pop() : (linked.Peek(), RealPath(linked.Dequeue()));
            if (!_visitedFolders.Add(real)) continue;

            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderByDescending(e => e.Name, StringComparer.Ordinal)];
            }
            catch (DirectoryNotFoundException)
            {
                continue; // removed while we searched: nothing left to find
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                _onUnreadableFolder(folder, ex);
                continue;
            }

            foreach (var entry in entries)
            {
                var isLink = LinkTarget(entry.FullName) is not null;
                if (entry is DirectoryInfo)
                {
                    if (SkippedFolderNames.Contains(entry.Name)) continue;
                    if (isLink) linked.Enqueue(entry.FullName);
                    else plain.Push((entry.FullName, Path.Join(real, entry.Name)));
                }
                else
                {
                    files.Add(new FoundFile(entry.FullName, isLink ? RealPath(entry.FullName) : Path.Join(real, entry.Name), isLink));
                }
            }
        }
        return files;
    }

    /// <summary>The path with every link resolved, like realpath(3); a link loop leaves the path as it is.</summary>
    public static string RealPath(string path)
    {
        path = Path.GetFullPath(path);
        var root = Path.GetPathRoot(path) ?? "";
        var pending = new Stack<string>(Segments(path[root.Length..]).Reverse());
        var current = root;
        var hops = 0;
        while (pending.Count > 0)
        {
            var next = Path.Join(current, pending.Pop());
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops) return path;
            // current holds no links, so resolving ".." in the target by text is right.
            var resolved = Path.GetFullPath(Path.Combine(current, target));
            current = Path.GetPathRoot(resolved) ?? "";
            foreach (var segment in Segments(resolved[current.Length..]).Reverse()) pending.Push(segment);
        }
        return current;
    }

    private static string[] Segments(string relative) =>
        relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
