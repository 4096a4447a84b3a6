namespace Copydesk.Core.Articles;

/// <summary>
/// DocFX / Learn Markdown directives are markup, not prose: <c>:::row:::</c>, <c>:::image …:::</c>
/// lines, and bracket tokens such as <c>[!NOTE]</c> or <c>[!INCLUDE[title](path)]</c>.
/// </summary>
internal static class DocfxSyntax
{
    public static void Hide(string text, ProseMask mask)
    {
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOfAny(LineBreaks, lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var first = lineStart;
            while (first < lineEnd && (text[first] is ' ' or '\t' or '>')) first++;
            if (first + 2 < lineEnd && text[first] == ':' && text[first + 1] == ':' && text[first + 2] == ':')
                mask.Hide(first, lineEnd);
            lineStart = lineEnd + 1;
        }

        for (var i = text.IndexOf("[!", StringComparison.Ordinal); i >= 0 && i < text.Length; i = text.IndexOf("[!", i + 1, StringComparison.Ordinal))
        {
            if (i + 2 >= text.Length || !char.IsLetter(text[i + 2])) continue;
            var end = ClosingBracket(text, i);
            if (end < 0) continue;
            if (end + 1 < text.Length && text[end + 1] == '(')
            {
                var close = IndexOnLine(text, ')', end + 1);
                if (close > 0) end = close;
            }
            mask.Hide(i, end + 1);
        }
    }

    private static readonly char[] LineBreaks = ['\n', '\r'];

    // Directive tokens are short: bounded scans keep a long line full of "[!" linear, not quadratic.
    private const int MaxTokenLength = 1000;

    private static int IndexOnLine(string text, char wanted, int from)
    {
        var limit = Math.Min(text.Length, from + MaxTokenLength);
        for (var i = from; i < limit && text[i] is not ('\n' or '\r'); i++)
            if (text[i] == wanted) return i;
        return -1;
    }

    private static int ClosingBracket(string text, int open)
    {
        var depth = 0;
        var limit = Math.Min(text.Length, open + MaxTokenLength);
        for (var i = open; i < limit && text[i] is not ('\n' or '\r'); i++)
        {
            if (text[i] == '[') depth++;
            else if (text[i] == ']' && --depth == 0)
            {
                // [!INCLUDE[title](path)]: the inner link belongs to the token.
                return i;
            }
        }
        return -1;
    }
}
