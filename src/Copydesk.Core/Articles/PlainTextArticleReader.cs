using System.Text.RegularExpressions;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Articles;

/// <summary>
/// Plain text: the first non-empty line is the headline, blank lines separate paragraphs,
/// URLs are not prose.
/// </summary>
public static class PlainTextArticleReader
{
    private static readonly Regex Url = new(@"\b(?:https?://|www\.)\S+", RegexOptions.CultureInvariant);

    public static Article Read(string path, string text, IReadOnlyList<Diagnostic>? readNotes = null)
    {
        var mask = new ProseMask(text);
        mask.Reveal(0, text.Length);
        foreach (Match url in Url.Matches(text)) mask.Hide(url.Index, url.Index + url.Length);

        var blocks = new List<ProseBlock>();
        var lines = new LineIndex(text);
        int? paragraphStart = null;
        var paragraphEnd = 0;
        var headlineSeen = false;
        for (var line = 1; line <= lines.LineCount; line++)
        {
            var start = lines.LineStart(line);
            var end = line < lines.LineCount ? lines.LineStart(line + 1) : text.Length;
            var contentEnd = TrimLineBreak(text, start, end);
            var blank = string.IsNullOrWhiteSpace(text.Substring(start, contentEnd - start));
            if (blank)
            {
                Flush();
                continue;
            }
            if (!headlineSeen)
            {
                headlineSeen = true;
                blocks.Add(new ProseBlock(ProseBlockKind.Headline, start, mask.Slice(start, contentEnd)));
                continue;
            }
            paragraphStart ??= start;
            paragraphEnd = contentEnd;
        }
        Flush();

        return new Article(path, text, ArticleFormat.PlainText, mask.ToString(), blocks, [], readNotes ?? []);

        void Flush()
        {
            if (paragraphStart is int s)
                blocks.Add(new ProseBlock(ProseBlockKind.Paragraph, s, mask.Slice(s, paragraphEnd)));
            paragraphStart = null;
        }
    }

    private static int TrimLineBreak(string text, int start, int end)
    {
        while (end > start && text[end - 1] is '\n' or '\r') end--;
        return end;
    }
}
