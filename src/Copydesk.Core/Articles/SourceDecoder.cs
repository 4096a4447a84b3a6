using System.Text;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Articles;

/// <summary>The text of a file, or why there is none, with notes about what decoding had to repair.</summary>
public sealed record DecodedSource(string? Text, IReadOnlyList<Diagnostic> Notes)
{
    public bool IsSkipped => Text is null;
}

/// <summary>
/// Bytes to text: UTF-8 (with or without BOM) and UTF-16 with BOM. Invalid UTF-8 is replaced and
/// noted with its byte offset, so the rest of the file is still checked; NUL bytes mean binary.
/// </summary>
public static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static DecodedSource Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new DecodedSource(encoding.GetString(bytes, 2, bytes.Length - 2), []);
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (Array.IndexOf(bytes, (byte)0, offset) >= 0)
        {
            var binary = ToolDescriptors.BinaryFile;
            return new DecodedSource(null, [new Diagnostic(binary.Id, binary.DefaultSeverity,
                "The file holds NUL bytes (binary content) and was skipped.", path, 0, 0, new SourceRange(1, 1, 1, 1), binary.HelpUri)]);
        }

        try
        {
            return new DecodedSource(StrictUtf8.GetString(bytes, offset, bytes.Length - offset), []);
        }
        catch (DecoderFallbackException ex)
        {
            var text = LenientUtf8.GetString(bytes, offset, bytes.Length - offset);
            var byteOffset = offset + Math.Max(0, ex.Index);
            var charOffset = LenientUtf8.GetCharCount(bytes, offset, byteOffset - offset);
            var range = new LineIndex(text).GetRange(charOffset, 1);
            var unreadable = ToolDescriptors.UnreadableFile;
            return new DecodedSource(text, [new Diagnostic(unreadable.Id, Severity.Warning,
                $"Invalid UTF-8 at byte offset {byteOffset}; the bad bytes were replaced and the rest of the file was checked.",
                path, charOffset, 1, range, unreadable.HelpUri)]);
        }
    }
}
