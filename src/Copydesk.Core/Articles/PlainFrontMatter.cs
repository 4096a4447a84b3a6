namespace Copydesk.Core.Articles;

/// <summary>A one-line string value of the front matter's top-level mapping: [Start, End) of the YAML text, quotes excluded.</summary>
internal sealed record FrontMatterScalar(string Key, int Start, int End);

/// <summary>
/// Front matter as docs almost always write it, read by hand: top-level <c>key: value</c> lines
/// whose values are plain or quoted one-line strings, flow lists (<c>[a, "b"]</c>) or block lists
/// of such strings, plus comments and blank lines. Anything else (nesting, multi-line strings,
/// escapes, anchors, tags, duplicate keys) gets null, and YamlDotNet reads the text instead.
/// Reading a file's front matter with YamlDotNet costs as much as parsing its Markdown.
/// </summary>
internal static class PlainFrontMatter
{
    /// <summary>The string values in order (as <see cref="MarkdownArticleReader.YamlScalars"/> gives them), or null.</summary>
    public static List<FrontMatterScalar>? TryRead(string yaml)
    {
        var scalars = new List<FrontMatterScalar>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var listMayFollow = false; // after "key:" with no value, and inside that list
        var listIndent = -1;
        var lineStart = 0;
        while (lineStart < yaml.Length)
        {
            var lineEnd = yaml.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = yaml.Length;
            var end = lineEnd > lineStart && yaml[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var start = lineStart;
            lineStart = lineEnd + 1;
            if (!IsPlainLine(yaml, start, end)) return null;

            var first = start;
            while (first < end && yaml[first] == ' ') first++;
            if (first == end || yaml[first] == '#') continue; // blank or comment

            if (yaml[first] == '-' && (first + 1 == end || yaml[first + 1] == ' '))
            {
                var indent = first - start;
                if (!listMayFollow || (listIndent >= 0 && indent != listIndent)) return null;
                listIndent = indent;
                var item = SkipSpaces(yaml, first + 1, end);
                if (item < end && Value(yaml, item, end, out _, out _) is not (ValueKind.Plain or ValueKind.Quoted)) return null;
                continue;
            }
            if (first > start) return null; // an indented line continues or nests: not plain

            var colon = KeyEnd(yaml, start, end);
            if (colon < 0 || !keys.Add(yaml.Substring(start, colon - start))) return null;
            var valueStart = SkipSpaces(yaml, colon + 1, end);
            listIndent = -1;
            listMayFollow = valueStart == end || yaml[valueStart] == '#';
            if (listMayFollow) continue;
            switch (Value(yaml, valueStart, end, out var contentStart, out var contentEnd))
            {
                case ValueKind.Invalid:
                    return null;
                case ValueKind.Plain or ValueKind.Quoted when contentEnd > contentStart:
                    scalars.Add(new FrontMatterScalar(yaml.Substring(start, colon - start), contentStart, contentEnd));
                    break;
            }
        }
        return keys.Count == 0 ? null : scalars;
    }

    private enum ValueKind { Invalid, Plain, Quoted, List }

    /// <summary>Reads a value that starts at <paramref name="at"/> and runs to the end of the line (a comment may follow).</summary>
    private static ValueKind Value(string yaml, int at, int end, out int contentStart, out int contentEnd)
    {
        contentStart = contentEnd = at;
        switch (yaml[at])
        {
            case '"' or '\'':
                var close = Quoted(yaml, at, end);
                if (close < 0 || !OnlyCommentAfter(yaml, close + 1, end)) return ValueKind.Invalid;
                (contentStart, contentEnd) = (at + 1, close);
                return ValueKind.Quoted;
            case '[':
                return FlowList(yaml, at, end) ? ValueKind.List : ValueKind.Invalid;
        }
        var plainEnd = PlainEnd(yaml, at, end);
        if (plainEnd < 0) return ValueKind.Invalid;
        (contentStart, contentEnd) = (at, plainEnd);
        return ValueKind.Plain;
    }

    /// <summary>Where a one-line quoted string closes, or -1 for escapes, doubled quotes and strings that go on.</summary>
    private static int Quoted(string yaml, int open, int end)
    {
        var quote = yaml[open];
        var close = yaml.IndexOf(quote, open + 1, end - open - 1);
        if (close < 0) return -1;
        if (quote == '"' && yaml.IndexOf('\\', open + 1, close - open - 1) >= 0) return -1;
        if (quote == '\'' && close + 1 < end && yaml[close + 1] == '\'') return -1;
        return close;
    }

    /// <summary>
    /// The end of a plain string (before trailing blanks and a " #" comment), or -1 where YAML would
    /// read it otherwise: an indicator first, or ": " inside, which nests a mapping or is an error.
    /// </summary>
    private static int PlainEnd(string yaml, int at, int end)
    {
        var c = yaml[at];
        if (c is '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '{' or '}' or '[' or ']' or ',' or '#' or '"' or '\'') return -1;
        if (c is '-' or '?' or ':' && (at + 1 == end || yaml[at + 1] == ' ')) return -1;
        var last = at;
        for (var i = at; i < end; i++)
        {
            if (yaml[i] == ':' && (i + 1 == end || yaml[i + 1] == ' ')) return -1;
            if (yaml[i] == '#' && yaml[i - 1] == ' ') break;
            if (yaml[i] != ' ') last = i + 1;
        }
        return last;
    }

    /// <summary>A flow list of plain or quoted strings, closed on the same line: <c>[a, "b c", 'd']</c>.</summary>
    private static bool FlowList(string yaml, int open, int end)
    {
        var i = SkipSpaces(yaml, open + 1, end);
        if (i < end && yaml[i] == ']') return OnlyCommentAfter(yaml, i + 1, end);
        while (i < end)
        {
            if (yaml[i] is '"' or '\'')
            {
                var close = Quoted(yaml, i, end);
                if (close < 0) return false;
                i = close + 1;
            }
            else
            {
                var itemStart = i;
                while (i < end && yaml[i] is not (',' or ']' or '[' or '{' or '}' or '#' or '"' or '\'' or ':' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '?')) i++;
                if (i == itemStart || yaml[itemStart] == '-') return false;
            }
            i = SkipSpaces(yaml, i, end);
            if (i >= end) return false;
            if (yaml[i] == ']') return OnlyCommentAfter(yaml, i + 1, end);
            if (yaml[i] != ',') return false;
            i = SkipSpaces(yaml, i + 1, end);
        }
        return false;
    }

    /// <summary>The colon after a simple key at the start of the line ("ms.date:"), or -1.</summary>
    private static int KeyEnd(string yaml, int start, int end)
    {
        if (!char.IsLetterOrDigit(yaml[start]) && yaml[start] != '_') return -1;
        for (var i = start; i < end; i++)
        {
            var c = yaml[i];
            if (c == ':') return i + 1 == end || yaml[i + 1] == ' ' ? i : -1;
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' or '.' or '/')) return -1;
        }
        return -1;
    }

    private static bool OnlyCommentAfter(string yaml, int at, int end)
    {
        var i = SkipSpaces(yaml, at, end);
        return i == end || (yaml[i] == '#' && i > at);
    }

    private static int SkipSpaces(string yaml, int at, int end)
    {
        while (at < end && yaml[at] == ' ') at++;
        return at;
    }

    /// <summary>No tabs, control characters, byte-order marks, surrogates or line breaks other than \n and \r\n.</summary>
    private static bool IsPlainLine(string yaml, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = yaml[i];
            if (c < ' ' || c is (>= '\u007f' and <= '\u009f') or '\u2028' or '\u2029' or '\ufeff' or (>= '\ud800' and <= '\udfff') or '\ufffe' or '\uffff')
                return false;
        }
        return true;
    }
}
