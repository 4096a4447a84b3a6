using Copydesk.Core.Diagnostics;

namespace Copydesk.MSBuild.Tests;

public sealed class FindingsStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "copydesk-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Files_and_findings_survive_a_round_trip_including_tabs_line_breaks_and_backslashes()
    {
        CheckedFile[] files =
        [
            new(@"C:\docs\a b.md", "KEY1",
            [
                new(Severity.Error, "CD2001", "placeholder", @"C:\docs\a b.md", new SourceRange(3, 1, 3, 14), "https://example.invalid/CD2001", "Leftover ad marker \"Advertisement\"."),
                new(Severity.Suggestion, "CD4002", "hygiene", @"C:\docs\a b.md", new SourceRange(1, 2, 2, 1), "", "two\nlines\r\nand a \\ backslash\\"),
            ]),
            new("/docs/clean\there.md", "KEY2", []),
            new("/docs/c.txt", "", [new(Severity.Warning, "ACME100", "", "/docs/c.txt", new SourceRange(1, 1, 1, 1), "", "")]),
        ];
        var path = Path.Combine(_directory, "nested", "findings.tsv");

        FindingsStore.Write(path, files);

        Assert.Equal(files, FindingsStore.Read(path));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void An_empty_run_is_stored_as_no_files()
    {
        var path = Path.Combine(_directory, "findings.tsv");

        FindingsStore.Write(path, []);

        Assert.Empty(FindingsStore.Read(path));
    }

    [Fact]
    public void A_file_that_is_not_a_findings_file_is_refused_with_its_path()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "other.tsv");
        File.WriteAllText(path, "something else\n");

        var error = Assert.Throws<InvalidDataException>(() => FindingsStore.Read(path));

        Assert.Contains(path, error.Message);
        Assert.Empty(FindingsStore.TryRead(path));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
