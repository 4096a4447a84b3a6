using System.Text.RegularExpressions;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Rules.Hygiene;

/// <summary>CD4002: "Lei Jun , this" — spaces between a word and the punctuation that ends it.</summary>
public sealed class SpaceBeforePunctuationRule : IRule
{
    // The punctuation must end the token (".NET" and " .md" are words, not stray periods).
    private static readonly Regex Pattern = new(@"(?<=[\p{L}\p{N}\)""”’])[ \t]+(?<mark>[,;:.!?])(?=\s|$|[""”’)])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

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
                context.Report(start, match.Length, $"Remove the space before \"{mark}\".", [new TextEdit(start, spaces, "")]);
            }
        }
    }

    private static bool IsRealSpace(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
            if (text[i] is not (' ' or '\t')) return false;
        return true;
    }
}
