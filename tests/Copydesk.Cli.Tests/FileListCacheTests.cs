namespace Copydesk.Cli.Tests;

/// <summary>A warm run takes the files the last search found while every folder it listed keeps its time.</summary>
public sealed class FileListCacheTests : IDisposable
{
    private static readonly DateTime Settled = DateTime.UtcNow.AddHours(-1);

    private readonly string _folder = Directory.CreateTempSubdirectory("copydesk-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string FileList => Path.Combine(_folder, ".copydesk-cache", "files.bin");

    private void Write(string relative, string text = "# T\n\nSpace , here.\n")
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>As in a repository nobody touched for an hour.</summary>
    private void SettleFolders()
    {
        foreach (var folder in Directory.GetDirectories(_folder, "*", SearchOption.AllDirectories).Append(_folder))
            Directory.SetLastWriteTimeUtc(folder, Settled);
    }

    /// <summary>The first run creates the cache folder, a change to the root; the next, once settled, keeps its search.</summary>
    private Cli.Result RunUntilRemembered()
    {
        Cli.Run(_folder, "check");
        SettleFolders();
        var run = Cli.Run(_folder, "check");
        Assert.True(File.Exists(FileList));
        return run;
    }

    [Fact]
    public void A_search_of_folders_that_keep_their_times_is_not_done_again()
    {
        Write("a.md");
        Write("docs/b.md");
        var remembered = RunUntilRemembered();
        // Slipped in without changing its folder's time: only a new search would find it.
        Write("docs/c.md");
        Directory.SetLastWriteTimeUtc(Path.Combine(_folder, "docs"), Settled);
        var warm = Cli.Run(_folder, "check");
        var bypass = Cli.Run(_folder, "check", "--no-cache");

        Assert.Contains("2 file(s) checked", remembered.Error);
        Assert.Contains("2 file(s) checked", warm.Error);
        Assert.Equal(remembered.Out, warm.Out);
        Assert.Contains("docs/c.md", bypass.Out);
    }

    [Fact]
    public void Files_added_or_removed_since_are_found_by_a_new_search()
    {
        Write("a.md");
        Write("docs/deep/b.md");
        RunUntilRemembered();
        Write("docs/deep/c.md");
        File.Delete(Path.Combine(_folder, "a.md"));
        var changed = Cli.Run(_folder, "check");

        Assert.Contains("2 file(s) checked", changed.Error);
        Assert.Contains("docs/deep/c.md", changed.Out);
        Assert.DoesNotContain("a.md(", changed.Out);
    }

    [Fact]
    public void A_new_folder_is_searched()
    {
        Write("docs/b.md");
        RunUntilRemembered();
        Write("docs/new/c.md");
        var changed = Cli.Run(_folder, "check");

        Assert.Contains("docs/new/c.md", changed.Out);
    }

    [Fact]
    public void A_folder_changed_within_the_last_seconds_is_searched_again_next_time()
    {
        Write("a.md");
        Cli.Run(_folder, "check");
        Cli.Run(_folder, "check");

        Assert.False(File.Exists(FileList));
    }

    [Fact]
    public void Other_paths_make_another_search()
    {
        Write("a.md");
        Write("docs/b.md");
        RunUntilRemembered();
        var docsOnly = Cli.Run(_folder, "check", "docs");

        Assert.Contains("1 file(s) checked", docsOnly.Error);
        Assert.DoesNotContain("a.md", docsOnly.Out);
    }

    [Fact]
    public void A_search_that_met_a_link_is_not_kept()
    {
        Write("real/b.md");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "linked"), Path.Combine(_folder, "real"));
        Cli.Run(_folder, "check");
        SettleFolders();
        Cli.Run(_folder, "check");

        Assert.False(File.Exists(FileList));
    }

    [Fact]
    public void The_cache_folder_itself_is_not_searched()
    {
        Write("a.md");
        Write(".copydesk-cache/notes.md");

        var run = Cli.Run(_folder, "check");

        Assert.Contains("1 file(s) checked", run.Error);
        Assert.DoesNotContain("notes.md", run.Out);
    }
}
