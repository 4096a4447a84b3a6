using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Rules.Hygiene;

/// <summary>CD4002: "Lei Jun , this" — spaces between a word and the punctuation that ends it.</summary>
public sealed class SpaceBeforePunctuationRule : IRule
{
    private static readonly char[] Marks = [',', ';', ':', '.', '!', '?'];

    public RuleDescriptor Descriptor { get; } = new("CD4002", "Space before punctuation", RuleCategory.Hygiene, Severity.Suggestion,
        "A space stands between a word and the comma, period or other mark that follows it.");

    public void Check(RuleContext context)
    {
        var text = context.Article.Text;
        foreach (var block in context.Article.Body)
        {
            foreach (var (start, markIndex) in SpacedMarks(block.Text))
            {
                var spaces = markIndex - start;
                // Blanked markup (emphasis stars, inline code) is not a real space.
                if (!IsRealSpace(text, block.Start + start, spaces)) continue;
                if (IsMentionedOrSpacedStyle(block.Text, markIndex)) continue;
                context.Report(block.Start + start, spaces + 1, $"Remove the space before \"{block.Text[markIndex]}\".",
                    [new TextEdit(block.Start + start, spaces, "")]);
            }
        }
    }

    /// <summary>
    /// Each mark that ends its token (followed by a blank, a closing quote or bracket, or the end: ".NET"
    /// and " .md" are words, not stray periods) with blanks between it and the word, number, closing
    /// bracket or quote before: where the blanks start, and where the mark is.
    /// </summary>
    internal static IEnumerable<(int Start, int Mark)> SpacedMarks(string prose)
    {
        for (var mark = prose.IndexOfAny(Marks); mark >= 0; mark = mark + 1 < prose.Length ? prose.IndexOfAny(Marks, mark + 1) : -1)
        {
            if (mark + 1 < prose.Length && !(char.IsWhiteSpace(prose[mark + 1]) || prose[mark + 1] is '"' or '”' or '’' or ')')) continue;
            var start = mark;
            while (start > 0 && prose[start - 1] is ' ' or '\t') start--;
            if (start == mark || start == 0) continue;
            var before = prose[start - 1];
            if (char.IsLetter(before) || char.IsNumber(before) || before is ')' or '"' or '”' or '’') yield return (start, mark);
        }
    }

    /// <summary>
    /// "key : value" and "compiler limit : macros" are a spacing style of colons, "uses . (dot)" names the mark and
    /// ". . ." is a spaced ellipsis: none is a stray space. A stray period ends a sentence or a line.
    /// </summary>
    private static bool IsMentionedOrSpacedStyle(string text, int markIndex)
    {
        var mark = text[markIndex];
        var next = markIndex + 1;
        if (next < text.Length && text[next] is not (' ' or '\t')) return false;
        while (next < text.Length && text[next] is ' ' or '\t') next++;
        if (next >= text.Length || text[next] is '\n' or '\r') return false;
        var following = text[next];
        return mark switch
        {
            ':' => true,
            '.' or '!' or '?' => !(char.IsUpper(following) || char.IsDigit(following) || following is '"' or '“' or '\'' or '‘'),
            _ => false,
        };
    }

    private static bool IsRealSpace(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
            if (text[i] is not (' ' or '\t')) return false;
        return true;
    }
}
