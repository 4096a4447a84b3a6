namespace Copydesk.Core.Articles;

public enum ProseBlockKind
{
    /// <summary>The article's headline: front matter title, first H1, or a text file's first line.</summary>
    Headline,
    /// <summary>Front matter <c>description</c>.</summary>
    Description,
    /// <summary>Any other front matter string value: not prose, but placeholders there still ship.</summary>
    FrontMatterValue,
    Heading,
    Paragraph,
}

/// <summary>
/// A run of prose with its exact place in the file. <see cref="Text"/> is the article's prose view
/// for this range: every non-prose character (markup, code, URLs, HTML) is a space, line breaks are
/// kept, so an index into <see cref="Text"/> plus <see cref="Start"/> is an offset into the file.
/// </summary>
public sealed class ProseBlock
{
    public ProseBlock(ProseBlockKind kind, int start, string text)
    {
        Kind = kind;
        Start = start;
        Text = text;
    }

    public ProseBlockKind Kind { get; }
    public int Start { get; }
    public string Text { get; }
    public int End => Start + Text.Length;

    private IReadOnlyList<Copydesk.Core.Text.Sentence>? _sentences;

    /// <summary>The block's sentences (offsets relative to <see cref="Text"/>), split once and shared by every rule.</summary>
    public IReadOnlyList<Copydesk.Core.Text.Sentence> Sentences => _sentences ??= Copydesk.Core.Text.Sentences.Split(Text);

    /// <summary>True for the blocks that make up the article's body text.</summary>
    public bool IsBody => Kind is ProseBlockKind.Paragraph or ProseBlockKind.Heading;
}
