using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Packs;

/// <summary>The removal edits pack rules offer as fixes, computed on the raw file text.</summary>
internal static class TextEdits
{
    /// <summary>
    /// Removes [start, start + length) and the blanks that would be left dangling: the spaces after it,
    /// or before it when it ends the line; when nothing else is left on the line, the whole line.
    /// </summary>
    public static TextEdit RemoveWord(string text, int start, int length)
    {
        var lineStart = LineStart(text, start);
        var lineEnd = LineContentEnd(text, start + length);
        var end = start + length;
        if (IsBlank(text, lineStart, start) && IsBlank(text, end, lineEnd)) return RemoveLine(text, start);
        var after = end;
        while (after < lineEnd && text[after] is ' ' or '\t') after++;
        if (after < lineEnd) return new TextEdit(start, after - start, "");
        var before = start;
        while (before > lineStart && text[before - 1] is ' ' or '\t') before--;
        return new TextEdit(before, end - before, "");
    }

    /// <summary>Removes the whole line holding <paramref name="offset"/>, with its line break.</summary>
    public static TextEdit RemoveLine(string text, int offset)
    {
        var lineStart = LineStart(text, offset);
        var end = LineContentEnd(text, offset);
        if (end < text.Length && text[end] == '\r') end++;
        if (end < text.Length && text[end] == '\n') end++;
        if (end == text.Length && lineStart > 0)
        {
            // The last line has no break of its own: take the one before it, so no blank line is left behind.
            var before = lineStart - 1;
            if (before > 0 && text[before] == '\n' && text[before - 1] == '\r') before--;
            return new TextEdit(before, end - before, "");
        }
        return new TextEdit(lineStart, end - lineStart, "");
    }

    public static int LineStart(string text, int offset)
    {
        var i = Math.Min(offset, text.Length);
        while (i > 0 && text[i - 1] is not ('\n' or '\r')) i--;
        return i;
    }

    public static int LineContentEnd(string text, int offset)
    {
        var length = text.AsSpan(offset).IndexOfAny('\n', '\r');
        return length < 0 ? text.Length : offset + length;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }
}
