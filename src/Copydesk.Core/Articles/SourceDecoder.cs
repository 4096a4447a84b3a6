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
        // UTF-32 first: its little-endian BOM starts with the UTF-16 one.
        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) return new DecodedSource(new UTF32Encoding(false, false).GetString(bytes, 4, bytes.Length - 4), []);
        if (StartsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) return new DecodedSource(new UTF32Encoding(true, false).GetString(bytes, 4, bytes.Length - 4), []);
        if (StartsWith(bytes, 0xFF, 0xFE)) return new DecodedSource(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), []);
        if (StartsWith(bytes, 0xFE, 0xFF)) return new DecodedSource(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), []);

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
                path, charOffset, 1, range, unreadable.HelpUri) { MatchedText = text.Substring(charOffset, 1) }]);
        }
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
            if (bytes[i] != prefix[i]) return false;
        return true;
    }
}
