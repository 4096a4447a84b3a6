using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Rules.Hygiene;

/// <summary>
/// CD4001: a whole body sentence in capitals ("ON JULY 4, THE PHONE WILL BE RELEASED."). A run of
/// acronyms is not a sentence, so the rule wants several words and at least one ordinary function word.
/// </summary>
public sealed class AllCapsSentenceRule : IRule
{
    private const int MinimumWords = 4;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "THE", "A", "AN", "AND", "OR", "BUT", "TO", "OF", "IN", "ON", "AT", "FOR", "WITH", "FROM", "BY", "WILL",
        "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "HAS", "HAVE", "HAD", "THAT", "THIS", "THESE", "IT", "ITS", "NOT",
        "WE", "YOU", "THEY", "HE", "SHE", "HIS", "HER", "THEIR", "OUR", "YOUR", "DO", "DOES", "DID", "CAN", "WOULD",
        "SHOULD", "COULD", "MAY", "MUST", "ALL", "NO", "NOW", "JUST", "WHAT", "WHEN", "WHO", "WHY", "HOW", "IF", "THAN",
        "THEN", "SO", "AS", "INTO", "OUT", "UP", "ABOUT", "AFTER", "BEFORE", "OVER", "MORE", "MOST", "VERY",
    };

    public RuleDescriptor Descriptor { get; } = new("CD4001", "All-caps sentence", RuleCategory.Hygiene, Severity.Suggestion,
        "A sentence of body text is written entirely in capital letters.");

    public void Check(RuleContext context)
    {
        foreach (var block in context.Article.Blocks)
        {
            if (block.Kind != ProseBlockKind.Paragraph) continue;
            foreach (var sentence in block.Sentences)
            {
                if (IsAllCapsSentence(block.Text, sentence.Start, sentence.End))
                {
                    Report(context, block.Start + sentence.Start, sentence.Length);
                    continue;
                }
                // Plain text often has a shouted line with no full stop, run into the next line by the sentence splitter.
                foreach (var (start, end) in Lines(block.Text, sentence.Start, sentence.End))
                    if (end < sentence.End && IsAllCapsSentence(block.Text, start, end)) Report(context, block.Start + start, end - start);
            }
        }
    }

    private static void Report(RuleContext context, int start, int length) =>
        context.Report(start, length, "This sentence is written in all capitals; use sentence case.");

    private static IEnumerable<(int Start, int End)> Lines(string text, int start, int end)
    {
        var lineStart = start;
        for (var i = start; i < end; i++)
        {
            var lineBreak = text.AsSpan(i, end - i).IndexOf('\n');
            if (lineBreak < 0) break;
            i += lineBreak;
            var lineEnd = i;
            while (lineEnd > lineStart && char.IsWhiteSpace(text[lineEnd - 1])) lineEnd--;
            if (lineEnd > lineStart) yield return (lineStart, lineEnd);
            lineStart = i + 1;
            while (lineStart < end && text[lineStart] is ' ' or '\t') lineStart++;
        }
    }

    private static bool IsAllCapsSentence(string text, int start, int end)
    {
        // "[INSERT QUOTE FROM DEVELOPER]" is a template token, not a sentence.
        if (text[start] == '[' && text[end - 1] == ']') return false;
        var words = 0;
        var functionWords = 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLower(c) || c == '_') return false;
            if (!char.IsLetter(c)) { i++; continue; }
            var wordStart = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’'))
            {
                if (char.IsLower(text[i])) return false;
                i++;
            }
            var word = text.Substring(wordStart, i - wordStart);
            words++;
            if (FunctionWords.Contains(word)) functionWords++;
        }
        return words >= MinimumWords && functionWords > 0;
    }
}
