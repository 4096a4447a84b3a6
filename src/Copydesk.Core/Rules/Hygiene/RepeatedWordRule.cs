using System.Text.RegularExpressions;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Text;

namespace Copydesk.Core.Rules.Hygiene;

/// <summary>
/// CD4003: the same word twice in a row ("the the"). Grammatical doublings ("had had", "that that")
/// and reduplicated proper names ("Bora Bora") are left alone.
/// </summary>
public sealed class RepeatedWordRule : IRule
{
    private static readonly Regex Pattern = Patterns.Create(@"(?<![-\p{L}\p{N}])(?<word>\p{L}+)(?<gap>[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)(?<repeat>\k<word>)(?![-\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Doublings that are correct English.
    private static readonly HashSet<string> AllowedDoublings = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "that", "do", "bye", "ha", "haha", "no", "yeah", "tut", "knock", "chop", "hush",
        // C++'s "template template parameter" is a term, not a slip.
        "template",
    };

    // Capitalised doublings are names ("Walla Walla") unless the word is an ordinary small word.
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "to", "of", "in", "on", "at", "for", "with", "is", "it", "be", "by", "as", "this",
    };

    public RuleDescriptor Descriptor { get; } = new("CD4003", "Repeated word", RuleCategory.Hygiene, Severity.Suggestion,
        "The same word appears twice in a row.");

    public void Check(RuleContext context)
    {
        var text = context.Article.Text;
        foreach (var block in context.Article.Body)
        {
            foreach (Match match in Pattern.Matches(block.Text))
            {
                var word = match.Groups["word"].Value;
                if (AllowedDoublings.Contains(word)) continue;
                if (word.Length == 1 && !word.Equals("a", StringComparison.OrdinalIgnoreCase)) continue;
                var repeat = match.Groups["repeat"];
                if (char.IsUpper(word[0]) && char.IsUpper(repeat.Value[0]) && !SmallWords.Contains(word)) continue;
                // "of type Type" names something; "The the" is the typo.
                if (char.IsLower(word[0]) && char.IsUpper(repeat.Value[0])) continue;
                var gapStart = block.Start + match.Groups["gap"].Index;
                // Blanked code, markup or link targets between the two words mean they are not a plain repetition.
                if (!IsPlainGap(text, gapStart, match.Groups["gap"].Length)) continue;
                var start = block.Start + repeat.Index;
                context.Report(start, repeat.Length, $"\"{repeat.Value}\" is repeated.",
                    [new TextEdit(gapStart, repeat.Index + repeat.Length - match.Groups["gap"].Index, "")]);
            }
        }
    }

    private static bool IsPlainGap(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }
}
