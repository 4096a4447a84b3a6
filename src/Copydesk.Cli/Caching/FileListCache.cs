using System.Text;
using Copydesk.Cli.Checking;
using Copydesk.Core.Engine;

namespace Copydesk.Cli.Caching;

/// <summary>
/// The files the last search of the same paths found, kept beside the result cache with the modification time
/// of every folder it listed. Adding, removing or renaming an entry changes its folder's time, so while every
/// folder keeps its time the search would find the same files again, and a warm run need not list a folder.
/// Only searches whose folders vouch for them are kept (see <see cref="FolderWalker.IsRepeatable"/>).
/// </summary>
public sealed class FileListCache(string path)
{
    private const int FormatVersion = 1;

    // A rebuilt tool may search differently (another file filter, other skipped folders).
    private static readonly string ToolIdentity = ContentHash.Hex(typeof(FileListCache).Assembly.ManifestModule.ModuleVersionId);

    public string FilePath { get; } = path;

    /// <summary>What the search named by <paramref name="searchKey"/> found last time, or null when a folder changed since.</summary>
    public IReadOnlyList<SourceFile>? TryGet(string searchKey)
    {
        try
        {
            if (!File.Exists(FilePath)) return null;
            using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(FilePath)), Encoding.UTF8);
            if (reader.ReadInt32() != FormatVersion || reader.ReadString() != ToolIdentity || reader.ReadString() != searchKey) return null;
            var folderCount = reader.ReadInt32();
            for (var i = 0; i < folderCount; i++)
            {
                // A folder that is gone shows the file system's zero time.
                if (Directory.GetLastWriteTimeUtc(reader.ReadString()).Ticks != reader.ReadInt64()) return null;
            }
            var files = new SourceFile[reader.ReadInt32()];
            for (var i = 0; i < files.Length; i++) files[i] = new SourceFile(reader.ReadString(), reader.ReadString());
            return files;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Keeps what a search found; a folder that cannot be written to only costs the next run a search.</summary>
    public void Remember(string searchKey, IReadOnlyList<SourceFile> files, IReadOnlyList<FolderStamp> folders)
    {
        try
        {
            CacheFolder.Prepare(Path.GetDirectoryName(FilePath)!);
            var temp = $"{FilePath}.{Environment.ProcessId}.tmp";
            using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
            {
                writer.Write(FormatVersion);
                writer.Write(ToolIdentity);
                writer.Write(searchKey);
                writer.Write(folders.Count);
                foreach (var folder in folders)
                {
                    writer.Write(folder.Path);
                    writer.Write(folder.LastWriteTicks);
                }
                writer.Write(files.Count);
                foreach (var file in files)
                {
                    writer.Write(file.FullPath);
                    writer.Write(file.DisplayPath);
                }
            }
            File.Move(temp, FilePath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The result cache, saved in the same folder, tells the user about a folder it cannot write to.
        }
    }
}
