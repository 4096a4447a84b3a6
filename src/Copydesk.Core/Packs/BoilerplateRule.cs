using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Rules;
using Copydesk.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Copydesk.Core.Packs;

/// <summary>
/// <c>type: boilerplate</c>: whole lines that are CMS or widget residue ("Related Posts", "Leave a
/// Reply"). A line matches when, trimmed of bullets, blanks and closing punctuation, it equals one of
/// <c>lines</c> (one set lookup per line) or fully matches one of <c>patterns</c>. With <c>fix: remove</c>
/// the finding offers to delete the line.
/// </summary>
public sealed class BoilerplateRule : PackRule
{
    public static readonly string[] Keys = ["lines", "patterns", "paragraph_lines", "list_headers"];

    private readonly HashSet<string> _lines;
    private readonly HashSet<string> _paragraphLines;
    private readonly HashSet<string> _listHeaders;
    private readonly IReadOnlyList<SafeRegex> _patterns;
    private readonly Lazy<LiteralPrefilter> _prefilter;

    /// <param name="lines">Residue wherever the rule's scope reaches, headings included.</param>
    /// <param name="paragraphLines">Residue in paragraphs only: words such as "Share" or "Name" are real headings in docs.</param>
    /// <param name="listHeaders">Lines that head a widget's list ("Related Posts"): the title-like lines right under them, in the same block, are residue too. A header also listed in <paramref name="paragraphLines"/> counts in paragraphs only.</param>
    public BoilerplateRule(PackRuleHeader header, IEnumerable<string> lines, IReadOnlyList<SafeRegex> patterns,
        IEnumerable<string>? paragraphLines = null, IEnumerable<string>? listHeaders = null) : base(header)
    {
        HashSet<string> Set(IEnumerable<string>? items) =>
            new((items ?? []).Select(l => Normalize(l, header.IgnoreCase)), StringComparer.Ordinal);
        _lines = Set(lines);
        _paragraphLines = Set(paragraphLines);
        _listHeaders = Set(listHeaders);
        _patterns = patterns;
        _prefilter = PrefilterOver(patterns, forNormalizedText: true, textIsOneWholeLine: true);
    }

    internal static BoilerplateRule? Parse(PackRuleHeader header, YamlMappingNode node, YamlNodeReader yaml)
    {
        var lines = new List<string>();
        var paragraphLines = new List<string>();
        var listHeaders = new List<string>();
        var patterns = new List<SafeRegex>();
        foreach (var (key, _, value) in YamlNodeReader.Entries(node))
        {
            if (key == "lines") lines.AddRange(yaml.Strings(value, "lines").Select(l => l.Value));
            if (key == "paragraph_lines") paragraphLines.AddRange(yaml.Strings(value, "paragraph_lines").Select(l => l.Value));
            if (key == "list_headers") listHeaders.AddRange(yaml.Strings(value, "list_headers").Select(l => l.Value));
            if (key == "patterns")
                patterns.AddRange(PatternList.Parse(value, "patterns", header, yaml, p => "^(?:" + p + ")$"));
        }
        if (lines.Count + paragraphLines.Count + listHeaders.Count == 0 && patterns.Count == 0 && !YamlNodeReader.Entries(node).Any(e => Keys.Contains(e.Key)))
        {
            yaml.Error(node, $"Rule {header.Descriptor.Id} (boilerplate) needs \"lines\" or \"patterns\".");
            return null;
        }
        if (lines.Count + paragraphLines.Count + listHeaders.Count == 0 && patterns.Count == 0) return null;
        return new BoilerplateRule(header, lines, patterns, paragraphLines, listHeaders);
    }

    public override IEnumerable<SafeRegex> Patterns => _patterns;

    public override void Check(RuleContext context)
    {
        var text = context.Article.Text;
        var buffer = new char[256]; // each line normalized in turn: most are never made a string
        foreach (var block in BlocksInScope(context.Article))
        {
            var inParagraph = block.Kind == ProseBlockKind.Paragraph;
            var underListHeader = false;
            var lineStart = 0;
            var prose = block.Text;
            while (lineStart <= prose.Length)
            {
                var lineEnd = prose.IndexOf('\n', lineStart);
                if (lineEnd < 0) lineEnd = prose.Length;
                var (start, end) = Content(prose, lineStart, lineEnd);
                lineStart = lineEnd + 1;
                if (end <= start) { underListHeader = false; continue; }

                var line = prose.AsSpan(start, end - start);
                if (buffer.Length < line.Length) buffer = new char[Math.Max(line.Length, buffer.Length * 2)];
                var normalized = buffer.AsSpan(0, Normalize(line, Header.IgnoreCase, buffer));
                var isHeader = Contains(_listHeaders, normalized) && (inParagraph || !Contains(_paragraphLines, normalized));
                var residue = isHeader || IsBoilerplate(normalized, inParagraph) || underListHeader && IsTitleLike(line.ToString());
                // Looked at last, as few lines get this far: a line shared with other blocks is no residue.
                if (residue && SharesLineWithOtherBlocks(text, block, block.Start + start)) isHeader = residue = false;
                underListHeader = isHeader || underListHeader && residue;
                if (!residue) continue;

                var offset = block.Start + start;
                var fix = Header.Fixable ? new[] { TextEdits.RemoveLine(text, offset) } : null;
                context.Report(offset, end - start, FormatMessage(text.Substring(offset, end - start)), fix);
            }
        }
    }

    private bool IsBoilerplate(ReadOnlySpan<char> normalized, bool inParagraph)
    {
        if (normalized.Length == 0) return false;
        if (Contains(_lines, normalized) || inParagraph && Contains(_paragraphLines, normalized)) return true;
        if (_patterns.Count == 0 || !_prefilter.Value.MayMatchAny(normalized)) return false;
        var line = normalized.ToString();
        foreach (var i in _prefilter.Value.Candidates(line))
            if (_patterns[i].Matches(line).Any()) return true;
        return false;
    }

    private static bool Contains(HashSet<string> set, ReadOnlySpan<char> item) =>
#if NET
        set.Count > 0 && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(item);
#else
        set.Count > 0 && set.Contains(item.ToString());
#endif

    /// <summary>A post title in a widget's list: short, capitalised, not a finished sentence.</summary>
    private static bool IsTitleLike(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || !(char.IsUpper(trimmed[0]) || char.IsDigit(trimmed[0]))) return false;
        if (trimmed[trimmed.Length - 1] is '.' or '!' or ',' or ';' or ':') return false;
        return trimmed.Split([' '], StringSplitOptions.RemoveEmptyEntries).Length <= 16;
    }

    /// <summary>
    /// Whether the source line reaches beyond this block, as a Markdown table row does: each cell is a
    /// paragraph of its own, and "Name" there is a column title, not a form field.
    /// </summary>
    private static bool SharesLineWithOtherBlocks(string text, ProseBlock block, int offset)
    {
        var end = TextEdits.LineContentEnd(text, offset);
        while (end > offset && char.IsWhiteSpace(text[end - 1])) end--;
        return end > block.End;
    }

    /// <summary>The line without leading bullets or blanks and trailing blanks ("\r" included).</summary>
    private static (int Start, int End) Content(string prose, int start, int end)
    {
        while (start < end && !char.IsLetterOrDigit(prose[start]) && prose[start] is not ('{' or '[' or '%' or '"' or '“')) start++;
        while (end > start && char.IsWhiteSpace(prose[end - 1])) end--;
        return (start, end);
    }

#if NET
    private static readonly System.Buffers.SearchValues<char> AsciiBlanksButSpace = System.Buffers.SearchValues.Create("\t\n\v\f\r\u001C\u001D\u001E\u001F");
#endif

    /// <summary>Blanks collapsed, closing punctuation and counters ("(3)") dropped, case folded when asked.</summary>
    public static string Normalize(string line, bool ignoreCase)
    {
        var normalized = new char[line.Length];
        return new string(normalized, 0, Normalize(line.AsSpan(), ignoreCase, normalized));
    }

    /// <summary>Writes the normalized <paramref name="line"/> into <paramref name="into"/> (as long as the line at least); returns its length.</summary>
    private static int Normalize(ReadOnlySpan<char> line, bool ignoreCase, Span<char> into)
    {
        line = line.Trim();
        var length = 0;
#if NET
        // Most lines are ASCII with single spaces: copied (and lowered) by vectorized code in one go.
        if (System.Text.Ascii.IsValid(line) && line.IndexOf("  ".AsSpan()) < 0 && line.IndexOfAny(AsciiBlanksButSpace) < 0)
        {
            line.CopyTo(into);
            length = line.Length;
            if (ignoreCase) System.Text.Ascii.ToLowerInPlace(into.Slice(0, length), out _);
        }
        else
#endif
        {
            var space = false;
            foreach (var c in line)
            {
                if (char.IsWhiteSpace(c)) { space = true; continue; }
                if (space && length > 0) into[length++] = ' ';
                space = false;
                into[length++] = ignoreCase ? char.ToLowerInvariant(c) : c;
            }
        }
        while (length > 0 && (into[length - 1] is ':' or '.' or '…' or '!' or '›' or '»' or '→' or '>' or '*' or ' ' or '|' or '-' or '–' or '—'))
            length--;
        return length;
    }
}
