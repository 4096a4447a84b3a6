using System.Text.RegularExpressions;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Text;

namespace Copydesk.Core.Rules.Hygiene;

/// <summary>CD4002: "Lei Jun , this" — spaces between a word and the punctuation that ends it.</summary>
public sealed class SpaceBeforePunctuationRule : IRule
{
    // The punctuation must end the token (".NET" and " .md" are words, not stray periods).
    private static readonly Regex Pattern = Patterns.Create(@"(?<=[\p{L}\p{N}\)""”’])[ \t]+(?<mark>[,;:.!?])(?=\s|$|[""”’)])",
        RegexOptions.CultureInvariant);

    public RuleDescriptor Descriptor { get; } = new("CD4002", "Space before punctuation", RuleCategory.Hygiene, Severity.Suggestion,
        "A space stands between a word and the comma, period or other mark that follows it.");

    public void Check(RuleContext context)
    {
        var text = context.Article.Text;
        foreach (var block in context.Article.Body)
        {
            foreach (Match match in Pattern.Matches(block.Text))
            {
                var start = block.Start + match.Index;
                var spaces = match.Groups["mark"].Index - match.Index;
                // Blanked markup (emphasis stars, inline code) is not a real space.
                if (!IsRealSpace(text, start, spaces)) continue;
                var mark = match.Groups["mark"].Value;
                if (IsMentionedOrSpacedStyle(block.Text, match.Groups["mark"].Index)) continue;
                context.Report(start, match.Length, $"Remove the space before \"{mark}\".", [new TextEdit(start, spaces, "")]);
            }
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
