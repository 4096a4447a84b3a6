using Copydesk.Core.Articles;
using Copydesk.Core.Tests.Robustness;
using Copydesk.Tests;
using CsCheck;

namespace Copydesk.Core.Tests.Articles;

/// <summary>The hand reader of plain front matter must read exactly what YamlDotNet reads, or decline.</summary>
public sealed class PlainFrontMatterTests
{
    [Fact]
    public void Reads_the_usual_docs_front_matter()
    {
        const string yaml = "title: \"Learn more: the /W4 option\"\r\ndescription: Compiler warning C4996 # why\r\n" +
                            "ms.date: 11/04/2016\r\nf1_keywords: [\"C4996\", vc.warn]\r\nhelpviewer_keywords:\r\n  - \"C4996\"\r\n  - deprecated\r\n" +
                            "author: 'Jane Doe'\r\n";
        var scalars = PlainFrontMatter.TryRead(yaml);
        Assert.NotNull(scalars);
        Assert.Equal(["title=Learn more: the /W4 option", "description=Compiler warning C4996", "ms.date=11/04/2016", "author=Jane Doe"],
            scalars.Select(s => $"{s.Key}={yaml.Substring(s.Start, s.End - s.Start)}"));
        Assert.Equal(MarkdownArticleReader.YamlScalars(yaml), scalars);
    }

    [Theory]
    [InlineData("title: a\n  continued\n")] // a plain string over two lines
    [InlineData("title: \"a \\\" b\"\n")] // an escape
    [InlineData("title: 'it''s'\n")]
    [InlineData("title: &anchor a\n")]
    [InlineData("title: a\ntitle: b\n")] // YamlDotNet refuses duplicate keys
    [InlineData("title: a: b\n")] // not valid YAML
    [InlineData("meta:\n  author: x\n")] // nesting
    [InlineData("title:\ta\n")]
    [InlineData("# only a comment\n")]
    public void Declines_what_it_does_not_read_exactly(string yaml) => Assert.Null(PlainFrontMatter.TryRead(yaml));

    /// <summary>Whatever the hand reader accepts, YamlDotNet accepts too and reads the same values at the same offsets.</summary>
    [Fact]
    public void Reads_what_YamlDotNet_reads_whenever_it_accepts()
    {
        var accepted = 0;
        Property.ForAll(FrontMatterGen, yaml =>
        {
            if (PlainFrontMatter.TryRead(yaml) is not { } scalars) return;
            accepted++;
            Assert.Equal(MarkdownArticleReader.YamlScalars(yaml), scalars);
        }, iterations: 3000);
        Assert.True(accepted > 300, $"only {accepted} generated front matters were plain enough to compare");
    }

    [Fact]
    public void Reads_the_real_corpus_front_matter_as_YamlDotNet_does()
    {
        if (RepositoryPaths.Corpus is not { } corpus) return; // the shared corpus is not beside every clone
        var read = 0;
        var all = 0;
        foreach (var file in Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            if (!text.StartsWith("---\n", StringComparison.Ordinal)) continue;
            var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            if (close < 0) continue;
            all++;
            var yaml = text.Substring(4, close - 3);
            if (PlainFrontMatter.TryRead(yaml) is not { } scalars) continue;
            read++;
            Assert.Equal(MarkdownArticleReader.YamlScalars(yaml), scalars);
        }
        Assert.True(read > all * 9 / 10, $"read {read} of {all}");
    }

    // Mostly words that docs front matter holds, sometimes a character that means something to YAML.
    private static readonly Gen<string> Word = Gen.Frequency(
        (6, Gen.OneOf(Gen.Const("a"), Gen.Const("C4996"), Gen.Const("vc.warn"), Gen.Const("https://x.test/a"), Gen.Const("it's"), Gen.Const("é"), Gen.Const("a:b"))),
        (1, Gen.OneOf(Gen.Const("\"q\""), Gen.Const("#"), Gen.Const("-"), Gen.Const("?"), Gen.Const("[x]"), Gen.Const("{y}"), Gen.Const("&"),
            Gen.Const("*"), Gen.Const("!"), Gen.Const("|"), Gen.Const(">"), Gen.Const("%"), Gen.Const("@"), Gen.Const(","), Gen.Const(": "), Gen.Const(@"a\b"))));

    private static readonly Gen<string> Blanks = Gen.Frequency((8, Gen.OneOf(Gen.Const(""), Gen.Const(" "), Gen.Const("  "))), (1, Gen.Const("\t")));

    private static readonly Gen<string> Plain = Gen.Select(Word, Blanks, Word, Blanks, (a, s, b, t) => a + s + b + t);

    private static readonly Gen<string> Value = Gen.OneOf(
        Plain,
        Plain.Select(p => "\"" + p + "\""),
        Plain.Select(p => "'" + p + "'"),
        Gen.Select(Plain, Plain, (p, q) => "[" + p + ", \"" + q + "\"]"),
        Gen.Select(Plain, Blanks, (p, s) => p + s + "# note"),
        Gen.Const(""), Gen.Const("\"\""), Gen.Const("[]"), Gen.Const("|"), Gen.Const("~"));

    private static readonly Gen<string> Line = Gen.Frequency((3, Gen.Select(Gen.OneOf(Gen.Const("title"), Gen.Const("description"), Gen.Const("ms.date")), Value,
            (key, value) => key + ":" + (value.Length == 0 ? "" : " ") + value)), (2, Gen.OneOf(
        Gen.Select(Gen.OneOf(Gen.Const("title"), Gen.Const("ms.date"), Gen.Const("f1_keywords"), Gen.Const("a-b"), Gen.Const("é")), Blanks, Value,
            (key, blank, value) => key + ":" + (value.Length == 0 ? "" : " " + blank) + value),
        Gen.Select(Blanks, Value, (indent, value) => indent + "- " + value),
        Gen.Select(Blanks, Plain, (indent, text) => indent + text),
        Gen.Const("# comment"), Gen.Const(""), Gen.Const("  "), Gen.Const("---"))));

    private static readonly Gen<string> FrontMatterGen = Gen.Select(Line.Array[1, 6], Gen.Bool,
        (lines, crlf) => string.Concat(lines.Select(l => l + (crlf ? "\r\n" : "\n"))));
}
