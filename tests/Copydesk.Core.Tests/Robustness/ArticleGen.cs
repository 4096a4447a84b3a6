using CsCheck;

namespace Copydesk.Core.Tests.Robustness;

/// <summary>
/// Generators of article text: Markdown built from the constructs real docs use (and misuse),
/// plain text, and raw character soup heavy in markup characters, with every kind of line ending.
/// </summary>
internal static class ArticleGen
{
    private static readonly Gen<string> Word = Gen.OneOf(
        "the", "The", "article", "Xiaomi", "Lei", "Jun", "said", "approached", "DXOMARK", "DxOMark", "Wi-Fi", "WiFi",
        "according", "to", "reports", "video", "Advertisement", "Related", "Posts", "TK", "lorem", "ipsum",
        "café", "naïve", "日本語", "👍", "e\u0301", "1,000", "3.5", ".NET", "C#", "e.g.", "U.S.", "the the", "ALL", "CAPS",
        "JavaScript", "Javascript", "GitHub", "Github", "{{token}}", "[INSERT", "name]", "\u00A0", "\t");

    private static readonly Gen<string> Mark = Gen.OneOf(",", ".", ";", ":", "!", "?", " ,", " .", "…", "\"", "'", "(", ")", "“", "”", "—");

    private static readonly Gen<string> Inline = Gen.Frequency(
        (12, Word),
        (4, Mark),
        (1, Word.Select(w => "`" + w + "`")),
        (1, Word.Select(w => "*" + w + "*")),
        (1, Word.Select(w => "**" + w + "**")),
        (1, Word.Select(w => "_" + w + "_")),
        (1, Word.Select(w => "~~" + w + "~~")),
        (1, Word.Select(w => "[" + w + "](https://example.test/" + w.Length + ")")),
        (1, Word.Select(w => "[" + w + "][ref]")),
        (1, Word.Select(w => "![" + w + "](image.png)")),
        (1, Gen.OneOf("<https://example.test/a>", "https://example.test/b", "www.example.test", "<b>", "</b>", "<!-- c -->",
            "<!-- copydesk-disable-next-line -->", "[!NOTE]", "[!INCLUDE[x](../x.md)]", ":::image type=\"content\":::",
            "\\*", "*", "**", "`", "[", "]", "(", "[^1]", "&amp;", "&#x1F44D;", "|", "\\", "<", "{#id}")));

    private static readonly Gen<string> Sentence = Inline.Array[1, 14].Select(parts => string.Join(" ", parts));

    private static readonly Gen<string> Paragraph = Sentence.Array[1, 4].Select(lines => string.Join("\n", lines));

    private static readonly Gen<string> Block = Gen.Frequency(
        (8, Paragraph),
        (2, Gen.Select(Gen.Int[1, 7], Sentence, (level, s) => new string('#', level) + " " + s)),
        (1, Gen.Select(Sentence, Gen.OneOf("=", "-"), (s, u) => s + "\n" + new string(u[0], 3))),
        (2, Gen.Select(Gen.OneOf("```", "~~~", "````"), Gen.OneOf("", "csharp", "cs", "C#", "json", "console"), Sentence.Array[0, 3], Gen.Bool,
            (fence, info, lines, closed) => fence + info + "\n" + string.Join("\n", lines) + (closed ? "\n" + fence : ""))),
        (1, Sentence.Select(s => "    " + s)),
        (2, Gen.Select(Gen.OneOf("- ", "* ", "+ ", "1. ", "2) ", "- [ ] ", "- [x] "), Gen.Int[0, 4], Sentence.Array[1, 4],
            (marker, indent, items) => string.Join("\n", items.Select((item, i) => new string(' ', (i % (indent + 1)) * 2) + marker + item)))),
        (2, Gen.Select(Gen.Int[1, 5], Paragraph, (depth, p) => string.Join("\n", p.Split('\n').Select(l => string.Concat(Enumerable.Repeat("> ", depth)) + l)))),
        (1, Paragraph.Select(p => "> [!NOTE]\n> " + p.Replace("\n", "\n> "))),
        (1, Gen.Select(Word.Array[1, 4], Gen.Int[0, 3], (cells, rows) =>
            "| " + string.Join(" | ", cells) + " |\n|" + string.Concat(cells.Select(_ => "---|")) +
            string.Concat(Enumerable.Range(0, rows).Select(_ => "\n| " + string.Join(" | ", cells.Reverse()) + " |")))),
        (1, Paragraph.Select(p => ":::row:::\n:::column span=\"\":::\n" + p + "\n:::column-end:::\n:::row-end:::")),
        (1, Paragraph.Select(p => "<div class=\"x\">\n" + p + "\n</div>")),
        (1, Gen.OneOf("---", "***", "___", "<!-- copydesk-disable CD4002 -->", "<!-- copydesk-enable -->", "[ref]: https://example.test/ref",
            "[^1]: A footnote.", "+-----+\n| a   |\n+=====+\n| b   |\n+-----+")));

    private static readonly Gen<string> FrontMatter = Gen.Frequency(
        (4, Gen.Const("")),
        (3, Gen.Select(Sentence, Sentence, (title, description) =>
            "---\ntitle: " + title.Replace(":", "").Replace("#", "") + "\ndescription: \"" + description.Replace("\"", "").Replace("\\", "") + "\"\nms.date: 07/15/2020\n---\n")),
        (1, Gen.OneOf("---\ntitle: [unclosed\n---\n", "---\n---\n", "---\ntitle: never closed\n", "---\n: : :\n---\n", "---\r\ntitle: x\r\n---\r\n")));

    /// <summary>How lines end: one style for the file, or a mix.</summary>
    private static readonly Gen<string[]> LineEndings = Gen.OneOf<string[]>(["\n"], ["\r\n"], ["\r"], ["\r\n", "\n"], ["\n", "\r", "\r\n"]);

    public static readonly Gen<string> Markdown = Gen.Select(FrontMatter, Block.Array[0, 10], LineEndings,
        (front, blocks, endings) => WithLineEndings(front + string.Join("\n\n", blocks) + "\n", endings));

    public static readonly Gen<string> PlainText = Gen.Select(Paragraph.Array[0, 6], LineEndings,
        (paragraphs, endings) => WithLineEndings(string.Join("\n\n", paragraphs), endings));

    /// <summary>Anything at all, weighted toward the characters parsers care about (lone surrogates included).</summary>
    public static readonly Gen<string> Soup = Gen.String[Gen.Frequency(
        (6, Gen.Char["abc XYZ,.;:!?"]),
        (4, Gen.Char["\n\r\t#*_`~[]()<>!|-+=:>\\{}\"'&"]),
        (1, Gen.Char["\u00A0\u2028\u2029\uFEFF\uD83D\uDC4D\u0301é日"]),
        (1, Gen.Char)), 0, 300];

    /// <summary>A file name and its text: Markdown, plain text or soup under either extension.</summary>
    public static readonly Gen<(string Path, string Text)> AnyArticle = Gen.Frequency(
        (5, Markdown.Select(t => ("article.md", t))),
        (2, PlainText.Select(t => ("article.txt", t))),
        (1, Soup.Select(t => ("soup.md", t))),
        (1, Soup.Select(t => ("soup.txt", t))));

    private static string WithLineEndings(string text, string[] endings)
    {
        if (endings is ["\n"]) return text;
        var lines = text.Split('\n');
        return string.Concat(lines.Select((line, i) => i < lines.Length - 1 ? line + endings[i % endings.Length] : line));
    }
}
