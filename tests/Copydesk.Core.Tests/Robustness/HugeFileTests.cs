using System.Text;
using Copydesk.Core.Engine;
using Xunit.Abstractions;

namespace Copydesk.Core.Tests.Robustness;

/// <summary>
/// A 50 MB article, generated at test time: it must be read to the end with every planted finding
/// reported, in memory that stays proportional to the file. Time is never asserted.
/// </summary>
[Collection(nameof(MemoryMeasurements))]
public sealed class HugeFileTests(ITestOutputHelper output)
{
    private const int TargetBytes = 50 * 1024 * 1024;

    [Fact]
    public void A_50_MB_markdown_file_is_checked_completely_in_sane_memory()
    {
        using var folder = new TempFolder();
        var (path, sections, lastFindingLine) = Generate(folder);
        var size = new FileInfo(path).Length;
        Assert.True(size >= TargetBytes, $"generated only {size} bytes");

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = before;
        using var sampler = new Timer(_ => Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), GC.GetTotalMemory(false))), null, 0, 20);

        var result = Probe.Checker.Check([new SourceFile(path, "huge.md")], maxParallelism: 1).Single();
        sampler.Change(Timeout.Infinite, Timeout.Infinite);

        Assert.Empty(Probe.ToolNotes(result.Diagnostics));
        var findings = Probe.Positions(result.Diagnostics);
        Assert.Equal(sections, findings.Count);
        Assert.Equal($"({lastFindingLine},22)", findings[^1]);

        // Measured: the managed heap peaks near 20 times the file (UTF-16 text, prose view, Markdig's
        // tree); a copy per line or per block would be far beyond this bound.
        var growth = Interlocked.Read(ref peak) - before;
        output.WriteLine($"{size / (1024 * 1024)} MB, {sections} sections: managed heap peak +{growth / (1024 * 1024)} MB");
        Assert.True(growth < 40L * size, $"managed heap grew by {growth / (1024 * 1024)} MB for a {size / (1024 * 1024)} MB file");
        // Nothing of the file stays behind once its result is dropped (no cache keeps its text).
        GC.KeepAlive(result);
        result = null;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"held after the check: {(after - before) / (1024 * 1024)} MB");
        Assert.True(after - before < 4L * size, $"{(after - before) / (1024 * 1024)} MB still held after the check");
    }

    /// <summary>
    /// Sections of article Markdown, each planting one CD4002 finding at column 22 of its third
    /// line. Mostly prose, with lists, code, quotes, DocFX rows and a table in every tenth section:
    /// Markdig reads tables and lists several times slower than prose, and this test is about size.
    /// </summary>
    private static (string Path, int Sections, int LastFindingLine) Generate(TempFolder folder)
    {
        const string structure =
            "- the first item\n- the second item with **bold** text\n  - a nested item\n\n" +
            "```csharp\nvar total = items.Sum(i => i.Price) ;\n```\n\n" +
            "| name | value |\n|---|---|\n| alpha | 1 |\n\n" +
            "> A quotation that stays on one line.\n\n" +
            ":::row:::\n:::column:::\nInside a column.\n:::column-end:::\n:::row-end:::\n\n";
        var path = Path.Combine(folder.Path, "huge.md");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        writer.Write("---\ntitle: A very long article\ndescription: Generated for the robustness battery.\n---\n");
        long written = 0;
        var line = 4;
        var sections = 0;
        var lastFindingLine = 0;
        while (written < TargetBytes)
        {
            sections++;
            var section =
                $"## Section {sections}\n\n" +
                $"The release notes say , here that version {sections} of the server and the client build " +
                "with the [documented steps](https://example.test/docs) and `dotnet build`, quietly.\n\n" +
                "Every paragraph after it carries on in the same plain way, with sentences of ordinary length " +
                "that wrap in the editor, a number such as 1,024 and a word in *emphasis* now and then.\n" +
                "A second line of the paragraph follows the first one.\n\n" +
                (sections % 10 == 0 ? structure : "");
            lastFindingLine = line + 3;
            line += section.Count(c => c == '\n');
            writer.Write(section);
            written += section.Length;
        }
        return (path, sections, lastFindingLine);
    }
}

/// <summary>Heap figures mean something only while no other test allocates: these tests run alone.</summary>
[CollectionDefinition(nameof(MemoryMeasurements), DisableParallelization = true)]
public sealed class MemoryMeasurements;
