using System.Text;
using Copydesk.Core.Engine;

namespace Copydesk.Core.Tests.Robustness;

/// <summary>Whatever the bytes, a file is read as far as it can be and its findings keep their places.</summary>
public sealed class EncodingTests
{
    private const string Article = "# Title\n\nFirst line.\n" + Probe.Sentence + "\n";
    private static readonly SourceFile File = new("/nowhere/a.md", "a.md");

    private static FileResult Check(byte[] bytes) => Probe.Checker.CheckBytes(File, bytes);

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Article) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)] },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Article)] },
        { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Article)] },
        { "UTF-32 LE with BOM", [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(false, false).GetBytes(Article)] },
        { "UTF-32 BE with BOM", [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(true, false).GetBytes(Article)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_supported_encoding_gives_the_same_finding_at_the_same_place(string encoding, byte[] bytes)
    {
        var result = Check(bytes);

        Assert.True(!Probe.ToolNotes(result.Diagnostics).Any(), $"{encoding}: {string.Join("; ", result.Diagnostics)}");
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal((4, 6, 4, 8), (finding.Range.StartLine, finding.Range.StartColumn, finding.Range.EndLine, finding.Range.EndColumn));
        Assert.Equal(" ,", finding.MatchedText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("   ")]
    [InlineData("---\ntitle: Only front matter\n---\n")]
    [InlineData("---\ntitle: Only front matter\n---")]
    [InlineData("---\n---\n")]
    public void Empty_files_and_front_matter_alone_give_nothing(string text)
    {
        Assert.Empty(Check(Probe.Utf8(text)).Diagnostics);
        Assert.Empty(Probe.Checker.CheckBytes(new SourceFile("/nowhere/a.txt", "a.txt"), Probe.Utf8(text)).Diagnostics);
    }

    [Fact]
    public void A_BOM_alone_is_an_empty_file()
    {
        Assert.Empty(Check([0xEF, 0xBB, 0xBF]).Diagnostics);
        Assert.Empty(Check([0xFF, 0xFE]).Diagnostics);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Invalid_utf8_is_noted_with_its_byte_offset_and_the_rest_is_still_checked(bool withBom)
    {
        // "é" is two bytes, so byte and character offsets differ before the bad byte.
        var before = Probe.Utf8("# Café\n\nBad byte: ");
        byte[] prefix = withBom ? [0xEF, 0xBB, 0xBF] : [];
        byte[] bytes = [.. prefix, .. before, 0xC3, 0x28, .. Probe.Utf8(" after.\n\n" + Probe.Sentence + "\n")];

        var result = Check(bytes);

        var note = Assert.Single(result.Diagnostics, d => d.RuleId == "CD9001");
        Assert.Equal(Core.Diagnostics.Severity.Warning, note.Severity);
        Assert.Contains($"byte offset {prefix.Length + before.Length}", note.Message);
        Assert.Equal((3, 11), (note.Range.StartLine, note.Range.StartColumn));
        // The finding after the bad byte is still reported, at its place.
        Assert.Equal(["(5,6)"], Probe.Positions(result.Diagnostics));
    }

    [Fact]
    public void Invalid_utf8_in_the_last_byte_is_still_located()
    {
        var bytes = Probe.Utf8(Probe.Sentence + " x");
        var result = Check([.. bytes, 0xE2, 0x82]);

        var note = Assert.Single(result.Diagnostics, d => d.RuleId == "CD9001");
        Assert.Contains($"byte offset {bytes.Length}", note.Message);
        Assert.Equal(["(1,6)"], Probe.Positions(result.Diagnostics));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D })] // a PNG header
    [InlineData(new byte[] { 0x23, 0x20, 0x54, 0x0A, 0x00, 0x41 })]                                     // text with a NUL
    public void Binary_content_under_a_markdown_name_is_skipped_with_a_note(byte[] bytes)
    {
        var note = Assert.Single(Check(bytes).Diagnostics);
        Assert.Equal("CD9006", note.RuleId);
        Assert.Contains("skipped", note.Message);
    }

    [Fact]
    public void Utf16_without_a_bom_is_binary_not_garbage_findings()
    {
        var note = Assert.Single(Check(Encoding.Unicode.GetBytes(Article)).Diagnostics);
        Assert.Equal("CD9006", note.RuleId);
    }
}
