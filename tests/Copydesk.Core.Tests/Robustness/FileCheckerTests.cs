using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;

namespace Copydesk.Core.Tests.Robustness;

/// <summary>One bad file costs a note for that file; the files beside it are checked completely.</summary>
public sealed class FileCheckerTests : IDisposable
{
    private const string Good = "# Good\n\n" + Probe.Sentence + "\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private List<SourceFile> GoodFiles(int count) => Enumerable.Range(0, count).Select(i =>
    {
        _folder.Write($"good{i:00}.md", Good);
        return _folder.Source($"good{i:00}.md");
    }).ToList();

    /// <summary>Bad files between good ones; every good file must come back with its one finding.</summary>
    private IReadOnlyList<FileResult> CheckAmongGoodFiles(SourceFile bad, out FileResult badResult)
    {
        var files = GoodFiles(6);
        files.Insert(3, bad);
        var results = Probe.Checker.Check(files, maxParallelism: 3);

        Assert.Equal(files, results.Select(r => r.File));
        foreach (var good in results.Where(r => r.File != bad)) Assert.Equal(["(3,6)"], Probe.Positions(good.Diagnostics));
        badResult = results[3];
        return results;
    }

    [Fact]
    public void A_broken_symbolic_link_is_an_unreadable_file()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "dangling.md"), Path.Combine(_folder.Path, "no-such-target.md"));

        CheckAmongGoodFiles(_folder.Source("dangling.md"), out var bad);

        var note = Assert.Single(bad.Diagnostics);
        Assert.Equal(("CD9001", Severity.Error), (note.RuleId, note.Severity));
        Assert.Contains("broken symbolic link", note.Message);
        Assert.True(ToolDescriptors.IsToolFailure(note));
    }

    [Fact]
    public void A_file_that_vanished_after_the_search_is_a_warning_not_a_failure()
    {
        var path = _folder.Write("vanishing.md", Good);
        var vanishing = _folder.Source("vanishing.md");
        File.Delete(path);

        CheckAmongGoodFiles(vanishing, out var bad);

        var note = Assert.Single(bad.Diagnostics);
        Assert.Equal(("CD9001", Severity.Warning), (note.RuleId, note.Severity));
        Assert.Contains("vanished", note.Message);
        Assert.False(ToolDescriptors.IsToolFailure(note));
    }

    [Fact]
    public void Files_vanishing_while_the_run_goes_on_never_stop_it()
    {
        // Delete files from another thread while they are being checked: each result is either
        // complete or a "vanished" note, never an exception and never a half result.
        var files = GoodFiles(300);
        var deleter = new Thread(() =>
        {
            foreach (var file in files.Where((_, i) => i % 2 == 1)) File.Delete(file.FullPath);
        });
        deleter.Start();
        var results = Probe.Checker.Check(files, maxParallelism: 2);
        deleter.Join();

        Assert.Equal(files, results.Select(r => r.File));
        foreach (var result in results)
        {
            if (result.Diagnostics.Any(d => d.RuleId == "CD9001")) Assert.Contains("vanished", Assert.Single(result.Diagnostics).Message);
            else Assert.Equal(["(3,6)"], Probe.Positions(result.Diagnostics));
        }
        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal(["(3,6)"], Probe.Positions(r.Diagnostics)));
    }

    [Fact]
    public void A_folder_given_as_a_file_is_an_unreadable_file()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "folder.md"));

        CheckAmongGoodFiles(_folder.Source("folder.md"), out var bad);

        Assert.Equal(("CD9001", Severity.Error), (Assert.Single(bad.Diagnostics).RuleId, bad.Diagnostics[0].Severity));
    }

    [Fact]
    public void A_symbolic_link_loop_is_an_unreadable_file()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "loop.md"), Path.Combine(_folder.Path, "loop.md"));

        CheckAmongGoodFiles(_folder.Source("loop.md"), out var bad);

        Assert.Equal(("CD9001", Severity.Error), (Assert.Single(bad.Diagnostics).RuleId, bad.Diagnostics[0].Severity));
    }

    [SkippableFact]
    public void A_file_without_read_permission_is_an_unreadable_file()
    {
        // Permissions do not stop root; the CLI battery covers this case for root by dropping to nobody.
        Skip.If(OperatingSystem.IsWindows() || Environment.IsPrivilegedProcess, "permissions do not apply (Windows or root)");
        var path = _folder.Write("locked.md", Good);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.None);

        CheckAmongGoodFiles(_folder.Source("locked.md"), out var bad);

        var note = Assert.Single(bad.Diagnostics);
        Assert.Equal(("CD9001", Severity.Error), (note.RuleId, note.Severity));
    }

    [Fact]
    public void Binary_and_badly_encoded_files_beside_good_ones()
    {
        _folder.Write("binary.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
        CheckAmongGoodFiles(_folder.Source("binary.md"), out var binary);
        Assert.Equal("CD9006", Assert.Single(binary.Diagnostics).RuleId);

        _folder.Write("latin1.md", [.. Probe.Utf8("# Caf"), 0xE9, .. Probe.Utf8("\n\n" + Probe.Sentence + "\n")]);
        CheckAmongGoodFiles(_folder.Source("latin1.md"), out var latin1);
        Assert.Contains(latin1.Diagnostics, d => d.RuleId == "CD9001" && d.Severity == Severity.Warning && d.Message.Contains("byte offset 5"));
        Assert.Equal(["(3,6)"], Probe.Positions(latin1.Diagnostics));
    }

    [Fact]
    public void No_files_and_one_file_need_no_threads_to_go_wrong()
    {
        Assert.Empty(Probe.Checker.Check([], maxParallelism: 4));
        var one = GoodFiles(1);
        Assert.Equal(["(3,6)"], Probe.Positions(Assert.Single(Probe.Checker.Check(one, maxParallelism: 8)).Diagnostics));
    }
}
