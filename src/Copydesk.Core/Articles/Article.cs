using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Articles;

public enum ArticleFormat
{
    Markdown,
    PlainText,
}

/// <summary>
/// A file read for linting: its text, its prose blocks in document order, its code blocks,
/// and the notes (CD90xx) raised while reading it.
/// </summary>
public sealed class Article
{
    public Article(string path, string text, ArticleFormat format, string prose,
        IReadOnlyList<ProseBlock> blocks, IReadOnlyList<CodeBlock> codeBlocks, IReadOnlyList<Diagnostic> readNotes)
    {
        Path = path;
        Text = text;
        Format = format;
        Prose = prose;
        Blocks = blocks;
        CodeBlocks = codeBlocks;
        ReadNotes = readNotes;
        Headline = blocks.FirstOrDefault(b => b.Kind == ProseBlockKind.Headline);
    }

    public string Path { get; }
    /// <summary>The file's text as decoded; every offset refers to it.</summary>
    public string Text { get; }
    public ArticleFormat Format { get; }
    /// <summary>
    /// The text with every non-prose character blanked to a space; each line break reads as one
    /// <c>\n</c> (a CRLF as space + <c>\n</c>, a lone CR as <c>\n</c>), so offsets match <see cref="Text"/>.
    /// </summary>
    public string Prose { get; }
    public IReadOnlyList<ProseBlock> Blocks { get; }
    public IReadOnlyList<CodeBlock> CodeBlocks { get; }
    public IReadOnlyList<Diagnostic> ReadNotes { get; }

    private LineIndex? _lines;

    /// <summary>Where the rules' literal sets occur in <see cref="Prose"/>: found at the first question, shared by every rule.</summary>
    internal Copydesk.Core.Text.ProseLiteralHits? LiteralHits;

    /// <summary>Line and column of offsets; built when first asked, since most files report nothing.</summary>
    public LineIndex Lines => _lines ??= new LineIndex(Text);
    public ProseBlock? Headline { get; }

    /// <summary>Headings and paragraphs, the running text of the article.</summary>
    public IEnumerable<ProseBlock> Body => Blocks.Where(b => b.IsBody);
}
