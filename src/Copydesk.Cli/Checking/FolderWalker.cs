using System.IO.Enumeration;

namespace Copydesk.Cli.Checking;

/// <summary>A file found under a folder: the path it was found at, and the real path behind any links.</summary>
/// <remarks>
/// A class, not a struct: lists and LINQ over a reference type share the framework's precompiled code,
/// while each struct instantiation is JIT-compiled at start-up (25 methods, about 2 ms of a one-file run).
/// </remarks>
public sealed record FoundFile(string Path, string RealPath, bool IsLink);

/// <summary>A folder that was listed, and its modification time from just before.</summary>
public sealed record FolderStamp(string Path, long LastWriteTicks);

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

    // A folder changed within this long may change again within the same tick of the file system's clock.
    private static readonly TimeSpan SettledAfter = TimeSpan.FromSeconds(2);

    private readonly HashSet<string> _visitedFolders = new(StringComparer.Ordinal);
    private readonly Action<string, Exception> _onUnreadableFolder;
    private readonly string? _cacheFolder;

    /// <param name="onUnreadableFolder">Hears of each folder that cannot be listed.</param>
    /// <param name="cacheFolder">
    /// The tool's cache folder (full path) when the search is to be remembered: it is not searched, and the walker
    /// notes every folder's time (<see cref="Listed"/>). Without it no folder costs an extra system call.
    /// </param>
    public FolderWalker(Action<string, Exception> onUnreadableFolder, string? cacheFolder = null)
    {
        _onUnreadableFolder = onUnreadableFolder;
        _cacheFolder = cacheFolder;
        IsRepeatable = cacheFolder is not null;
    }

    /// <summary>Every folder listed, with its modification time from before it was listed.</summary>
    public List<FolderStamp> Listed { get; } = [];

    /// <summary>
    /// Whether the folders' times vouch for what was found: adding, removing or renaming an entry changes its
    /// folder's time, so while every folder in <see cref="Listed"/> keeps its time, a new search would find the
    /// same files. Not so once a link was met (its target may change elsewhere), a folder could not be read, or
    /// a folder changed within the last seconds; nor without a cache folder, when no time is taken.
    /// </summary>
    public bool IsRepeatable { get; private set; }

    /// <summary>The files under <paramref name="root"/> whose names <paramref name="isWanted"/> accepts.</summary>
    public List<FoundFile> Walk(string root, Func<string, bool> isWanted)
    {
        var files = new List<FoundFile>();
        var plain = new Stack<PlainFolder>();
        var linked = new Queue<string>();
        var realRoot = RealPath(root);
        if (realRoot != Path.TrimEndingDirectorySeparator(root)) IsRepeatable = false;
        plain.Push(new PlainFolder(root, realRoot));
        while (plain.Count > 0 || linked.Count > 0)
        {
            var (folder, real) = plain.Count > 0 ? plain.Pop() : new PlainFolder(linked.Peek(), RealPath(linked.Dequeue()));
            if (!_visitedFolders.Add(real)) continue;

            List<FolderEntry> entries;
            try
            {
                Stamp(folder);
                entries = Entries(folder);
            }
            catch (DirectoryNotFoundException)
            {
                IsRepeatable = false;
                continue; // removed while we searched: nothing left to find
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                IsRepeatable = false;
                _onUnreadableFolder(folder, ex);
                continue;
            }

            // Mostly a folder is its own real path: its entries then share one string for both.
            var isReal = folder == real;
            foreach (var entry in entries)
            {
                if (entry.IsDirectory)
                {
                    if (SkippedFolderNames.Contains(entry.Name)) continue;
                    var path = Path.Join(folder, entry.Name);
                    if (path == _cacheFolder) continue;
                    if (entry.IsLink)
                    {
                        IsRepeatable = false;
                        linked.Enqueue(path);
                    }
                    else plain.Push(new PlainFolder(path, isReal ? path : Path.Join(real, entry.Name)));
                }
                else if (isWanted(entry.Name))
                {
                    if (entry.IsLink) IsRepeatable = false;
                    var path = Path.Join(folder, entry.Name);
                    files.Add(new FoundFile(path, entry.IsLink ? RealPath(path) : isReal ? path : Path.Join(real, entry.Name), entry.IsLink));
                }
            }
        }
        return files;
    }

    private void Stamp(string folder)
    {
        if (!IsRepeatable) return;
        var time = Directory.GetLastWriteTimeUtc(folder);
        if (DateTime.UtcNow - time < SettledAfter) IsRepeatable = false;
        else Listed.Add(new FolderStamp(folder, time.Ticks));
    }

    /// <summary>A folder to list, and its real path (a class: a stack of tuples would be JIT-compiled at start-up).</summary>
    private sealed record PlainFolder(string Path, string Real);

    /// <summary>An entry of a folder; for a link, whether its target is a folder.</summary>
    private sealed record FolderEntry(string Name, bool IsDirectory, bool IsLink);

    private static readonly EnumerationOptions WithoutLinks = new() { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };
    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>
    /// The entries of a folder, by name in reverse order (the stack then pops them in order). Links are told
    /// apart without a system call per entry: the directory listing's own file types let the runtime skip
    /// links, and only a folder whose full listing is longer has links to look at.
    /// </summary>
    private static List<FolderEntry> Entries(string folder)
    {
        var entries = new List<FolderEntry>(new FileSystemEnumerable<FolderEntry>(folder,
            (ref FileSystemEntry entry) => new FolderEntry(entry.FileName.ToString(), entry.IsDirectory, IsLink: false), WithoutLinks));
        var all = new List<string>(new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.FileName.ToString(), Everything));
        if (all.Count != entries.Count)
        {
            var plainNames = new HashSet<string>(entries.Select(e => e.Name), StringComparer.Ordinal);
            foreach (var name in all)
                if (!plainNames.Contains(name)) entries.Add(new FolderEntry(name, Directory.Exists(Path.Join(folder, name)), IsLink: true));
        }
        entries.Sort((a, b) => Ordinal.Compare(b.Name, a.Name));
        return entries;
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
