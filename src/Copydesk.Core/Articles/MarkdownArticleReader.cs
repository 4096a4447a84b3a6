using Copydesk.Core.Diagnostics;
using Copydesk.Core.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using MarkdigCodeBlock = Markdig.Syntax.CodeBlock;

namespace Copydesk.Core.Articles;

/// <summary>
/// Markdown through Markdig with precise source locations. Only literal text is prose; code, HTML,
/// URLs and markup stay blanked. The pipeline is chosen by hand: the custom-containers extension
/// misreads DocFX <c>:::row:::</c> blocks, so those lines are treated as directives instead.
/// </summary>
public static class MarkdownArticleReader
{
    internal static readonly MarkdownPipeline Pipeline = BuildPipeline(autoLinks: true);

    // Bare-link detection stops the literal text at every h, f, m and w to look for a link, a tenth
    // of the parse; a text without any of the strings a bare link starts with skips it.
    private static readonly MarkdownPipeline PipelineWithoutAutoLinks = BuildPipeline(autoLinks: false);

    private static MarkdownPipeline BuildPipeline(bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseGridTables();
        if (autoLinks) builder.UseAutoLinks();
        return builder
            .UseEmphasisExtras()
            .UseFootnotes()
            .UseTaskLists()
            .Build();
    }

    private static readonly LiteralSet BareLinkStarts = new(["://", "www.", "mailto:", "tel:"]);

    private static bool MayHoldBareLinks(string text) => BareLinkStarts.ContainsAny(text.AsSpan());

    private static readonly char[] LineBreaks = ['\n', '\r'];

    // Markdig matches open links in quadratic time: 8,000 nested "[" take a second, 50,000 "[a]("
    // without ")" ten seconds, a few MB of either hours. No real text leaves a thousand links open,
    // so such a file is read as plain text at once.
    private const int MaxOpenLinks = 1_000;

    // Real front matter nests two or three levels; YamlDotNet recurses per level and a stack
    // overflow cannot be caught, so deeper YAML is reported instead of parsed.
    private const int MaxFrontMatterDepth = 64;

    /// <summary>
    /// Never throws: when Markdig (or reading its tree) fails, the file is read as plain text with a
    /// CD9002 note, so its prose findings are not lost.
    /// </summary>
    public static Article Read(string path, string text)
    {
        try
        {
            return ReadMarkdown(path, text, MayHoldBareLinks(text) ? Pipeline : PipelineWithoutAutoLinks);
        }
        catch (Exception ex)
        {
            var lines = new LineIndex(text);
            var note = new Diagnostic(ToolDescriptors.ParserFallback.Id, ToolDescriptors.ParserFallback.DefaultSeverity,
                $"Markdown parser failed ({ex.Message}); the file was checked as plain text.", path, 0, 0,
                lines.GetRange(0, 0), ToolDescriptors.ParserFallback.HelpUri);
            return PlainTextArticleReader.Read(path, text, [note]);
        }
    }

    internal static Article ReadMarkdown(string path, string text, MarkdownPipeline pipeline)
    {
        if (OpenLinkDepth(text) > MaxOpenLinks)
            throw new NotSupportedException($"more than {MaxOpenLinks} link brackets or destinations are open at once");
        var document = Markdown.Parse(text, pipeline);
        var mask = new ProseMask(text);
        var blocks = new List<ProseBlock>();
        var codeBlocks = new List<CodeBlock>();
        var notes = new List<Diagnostic>();
        var proseLeaves = new List<LeafBlock>();
        var hasTitle = false;

        // Blocks only, in document order, with a stack of our own: Markdig's Descendants() also visits
        // every inline, which the prose pass below reads anyway, and nesting must not recurse.
        var pending = new List<Block> { document };
        while (pending.Count > 0)
        {
            var node = pending[pending.Count - 1];
            pending.RemoveAt(pending.Count - 1);
            if (node is ContainerBlock container)
                for (var i = container.Count - 1; i >= 0; i--) pending.Add(container[i]);
            switch (node)
            {
                case YamlFrontMatterBlock frontMatter:
                    hasTitle = ReadFrontMatter(path, text, frontMatter, mask, blocks, notes);
                    break;
                case MarkdigCodeBlock code:
                    codeBlocks.Add(ToCodeBlock(code));
                    break;
                case LeafBlock { Inline: not null } leaf:
                    foreach (var inline in leaf.Inline) RevealProse(inline, mask);
                    if (leaf is ParagraphBlock or HeadingBlock && !leaf.Span.IsEmpty) proseLeaves.Add(leaf);
                    break;
            }
        }

        DocfxSyntax.Hide(text, mask);
        // Front matter blocks were cut before the directives were hidden: cut them again.
        for (var i = 0; i < blocks.Count; i++) blocks[i] = new ProseBlock(blocks[i].Kind, blocks[i].Start, mask.Slice(blocks[i].Start, blocks[i].End));

        // Cut only now: the directives had to be hidden first.
        foreach (var leaf in proseLeaves)
        {
            var start = leaf.Span.Start;
            var end = Math.Min(text.Length, leaf.Span.End + 1);
            var kind = ProseBlockKind.Paragraph;
            if (leaf is HeadingBlock heading)
            {
                kind = heading.Level == 1 && !hasTitle ? ProseBlockKind.Headline : ProseBlockKind.Heading;
                if (kind == ProseBlockKind.Headline) hasTitle = true;
            }
            blocks.Add(new ProseBlock(kind, start, mask.Slice(start, end)));
        }

        blocks.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new Article(path, text, ArticleFormat.Markdown, mask.ToString(), blocks, codeBlocks, notes);
    }

    private static void RevealProse(Inline inline, ProseMask mask)
    {
        switch (inline)
        {
            case LiteralInline literal:
                mask.Reveal(literal.Span.Start, literal.Span.End + 1);
                break;
            case LinkInline link when link.IsAutoLink || link.IsImage:
                break;
            case ContainerInline container:
                foreach (var child in container) RevealProse(child, mask);
                break;
        }
    }

    private static CodeBlock ToCodeBlock(MarkdigCodeBlock code)
    {
        var info = code is FencedCodeBlock fenced ? (fenced.Info ?? "") + (string.IsNullOrEmpty(fenced.Arguments) ? "" : " " + fenced.Arguments) : "";
        var language = info.Split([' ', '\t', '{'], 2)[0].Trim();
        return new CodeBlock(language, info.Trim(), () => LinesOf(code), code.Span.Start, code.Span.End + 1);
    }

    private static List<CodeLine> LinesOf(MarkdigCodeBlock code)
    {
        var lines = new List<CodeLine>(code.Lines.Count);
        for (var i = 0; i < code.Lines.Count; i++)
        {
            var slice = code.Lines.Lines[i].Slice;
            lines.Add(new CodeLine(slice.Start, slice.ToString()));
        }
        return lines;
    }

    /// <summary>
    /// Front matter keys are not prose; <c>title</c> becomes the headline, <c>description</c> a
    /// description block, other string values front-matter-value blocks. Returns whether a title was found.
    /// </summary>
    private static bool ReadFrontMatter(string path, string text, YamlFrontMatterBlock block, ProseMask mask,
        List<ProseBlock> blocks, List<Diagnostic> notes)
    {
        // Lines may end in \n, \r\n or a lone \r.
        var contentStart = text.IndexOfAny(LineBreaks, block.Span.Start) + 1;
        if (contentStart > 0 && text[contentStart - 1] == '\r' && contentStart < text.Length && text[contentStart] == '\n') contentStart++;
        var closing = Math.Min(text.Length, block.Span.End + 1);
        var contentEnd = contentStart == 0 ? closing : text.LastIndexOfAny(LineBreaks, Math.Max(contentStart, closing - 1)) + 1;
        if (contentStart == 0 || contentEnd <= contentStart) return false;

        var yamlText = text.Substring(contentStart, contentEnd - contentStart);
        var scalars = PlainFrontMatter.TryRead(yamlText);
        if (scalars is null && NestingDepth(yamlText) > MaxFrontMatterDepth)
        {
            notes.Add(new Diagnostic(ToolDescriptors.InvalidFrontMatter.Id, ToolDescriptors.InvalidFrontMatter.DefaultSeverity,
                $"Front matter nests deeper than {MaxFrontMatterDepth} levels and was not read.", path, contentStart, 0,
                new LineIndex(text).GetRange(contentStart, 0), ToolDescriptors.InvalidFrontMatter.HelpUri));
            return false;
        }

        try
        {
            scalars ??= YamlScalars(yamlText);
        }
        catch (Exception ex)
        {
            // YamlDotNet also throws InvalidOperationException on some malformed scalars; any
            // failure here costs the front matter only, never the Markdown body.
            var offset = contentStart + (ex is YamlException yamlError ? (int)Math.Min(Math.Max(0, yamlError.Start.Index), contentEnd - contentStart) : 0);
            var lines = new LineIndex(text);
            notes.Add(new Diagnostic(ToolDescriptors.InvalidFrontMatter.Id, ToolDescriptors.InvalidFrontMatter.DefaultSeverity,
                $"Front matter is not valid YAML: {ex.Message}", path, offset, 0, lines.GetRange(offset, 0),
                ToolDescriptors.InvalidFrontMatter.HelpUri));
            return false;
        }

        var hasTitle = false;
        foreach (var scalar in scalars)
        {
            var start = contentStart + scalar.Start;
            var end = contentStart + scalar.End;
            mask.Reveal(start, end);
            var kind = scalar.Key.ToLowerInvariant() switch
            {
                "title" => ProseBlockKind.Headline,
                "description" => ProseBlockKind.Description,
                _ => ProseBlockKind.FrontMatterValue,
            };
            hasTitle |= kind == ProseBlockKind.Headline;
            blocks.Add(new ProseBlock(kind, start, mask.Slice(start, end)));
        }
        return hasTitle;
    }

    /// <summary>
    /// The one-line string values of the top-level mapping, through YamlDotNet; throws on invalid YAML.
    /// Block scalars (| and >) are left out: their text is not run-in prose.
    /// </summary>
    internal static List<FrontMatterScalar> YamlScalars(string yamlText)
    {
        var scalars = new List<FrontMatterScalar>();
        var yaml = new YamlStream();
        yaml.Load(new StringReader(yamlText));
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root) return scalars;
        foreach (var entry in root.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key } || entry.Value is not YamlScalarNode scalar) continue;
            if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded || string.IsNullOrEmpty(scalar.Value)) continue;
            var start = (int)scalar.Start.Index;
            var end = (int)scalar.End.Index;
            if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted) { start++; end--; }
            if (end > start) scalars.Add(new FrontMatterScalar(key, start, end));
        }
        return scalars;
    }

    /// <summary>
    /// The most link openings left open at once within a paragraph of the body: nested "[", and
    /// "](" destinations without their ")" (a blank line ends a paragraph; front matter is YAML,
    /// measured on its own). Escapes and code are not tracked: this only needs to catch absurd text.
    /// </summary>
    private static int OpenLinkDepth(string text)
    {
        var brackets = 0;
        var destinations = 0;
        var deepest = 0;
        var span = text.AsSpan();
        for (var i = FrontMatterEnd(text); i < text.Length; i++)
        {
            // Most characters are none of these: jump to the next one that is.
            var next = span.Slice(i).IndexOfAny(LinkSyntax);
            if (next < 0) break;
            i += next;
            switch (text[i])
            {
                case '[':
                    deepest = Math.Max(deepest, ++brackets);
                    break;
                case ']':
                    if (brackets > 0) brackets--;
                    if (i + 1 < text.Length && text[i + 1] == '(') deepest = Math.Max(deepest, ++destinations);
                    break;
                case ')' when destinations > 0:
                    destinations--;
                    break;
                case '\n' when i + 1 < text.Length && text[i + 1] is '\n' or '\r':
                    brackets = 0;
                    destinations = 0;
                    break;
            }
        }
        return deepest;
    }

    private static readonly char[] LinkSyntax = ['[', ']', ')', '\n'];

    private static int FrontMatterEnd(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal)) return 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            if (string.CompareOrdinal(text, i + 1, "---", 0, 3) == 0 || string.CompareOrdinal(text, i + 1, "...", 0, 3) == 0) return i + 1;
        return 0;
    }

    /// <summary>
    /// An upper estimate of how deep YAML nests: open flow brackets, plus indentation levels and
    /// compact "- " / "? " entries of the line. Quotes are not tracked; overcounting only skips
    /// front matter that is absurd anyway.
    /// </summary>
    internal static int NestingDepth(string yaml)
    {
        var indents = new List<int>(); // a stack; List<int> is precompiled, Stack<int> would be JIT-compiled at every start
        var flow = 0;
        var deepest = 0;
        var lineStart = 0;
        while (lineStart < yaml.Length)
        {
            var lineEnd = yaml.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = yaml.Length;
            var i = lineStart;
            var compact = 0;
            while (i < lineEnd && yaml[i] is ' ' or '-' or '?')
            {
                if (yaml[i] != ' ') compact++;
                i++;
            }
            var indent = i - lineStart;
            if (i < lineEnd)
            {
                while (indents.Count > 0 && indents[indents.Count - 1] >= indent) indents.RemoveAt(indents.Count - 1);
                indents.Add(indent);
            }
            for (; i < lineEnd; i++)
            {
                if (yaml[i] is '[' or '{') deepest = Math.Max(deepest, indents.Count + compact + ++flow);
                else if (yaml[i] is ']' or '}' && flow > 0) flow--;
            }
            deepest = Math.Max(deepest, indents.Count + compact + flow);
            lineStart = lineEnd + 1;
        }
        return deepest;
    }
}
