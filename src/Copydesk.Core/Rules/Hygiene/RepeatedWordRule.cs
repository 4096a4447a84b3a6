using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Rules.Hygiene;

/// <summary>
/// CD4003: the same word twice in a row ("the the"). Grammatical doublings ("had had", "that that")
/// and reduplicated proper names ("Bora Bora") are left alone.
/// </summary>
public sealed class RepeatedWordRule : IRule
{
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
            foreach (var (word, gap, repeat) in Doublings(block.Text))
            {
                var first = block.Text.Substring(word.Start, word.Length);
                var second = block.Text.Substring(repeat.Start, repeat.Length);
                if (AllowedDoublings.Contains(first)) continue;
                if (first.Length == 1 && !first.Equals("a", StringComparison.OrdinalIgnoreCase)) continue;
                if (char.IsUpper(first[0]) && char.IsUpper(second[0]) && !SmallWords.Contains(first)) continue;
                // "of type Type" names something; "The the" is the typo.
                if (char.IsLower(first[0]) && char.IsUpper(second[0])) continue;
                var gapStart = block.Start + gap.Start;
                // Blanked code, markup or link targets between the two words mean they are not a plain repetition.
                if (!IsPlainGap(text, gapStart, gap.Length)) continue;
                context.Report(block.Start + repeat.Start, repeat.Length, $"\"{second}\" is repeated.",
                    [new TextEdit(gapStart, repeat.End - gap.Start, "")]);
            }
        }
    }

    /// <summary>
    /// Each word (a run of letters, not glued to a digit or hyphen) followed by the same word, ignoring
    /// case, after blanks and at most one line break. A scan, not a backreference pattern: this rule
    /// looks at every word of every document.
    /// </summary>
    internal static IEnumerable<(Span Word, Span Gap, Span Repeat)> Doublings(string prose)
    {
        var hasPrevious = false;
        var before = default(Span);
        var at = 0;
        while (TryNextWord(prose, at, out var word))
        {
            at = word.End;
            var standalone = IsStandalone(prose, word);
            // Cheapest tests first: most words differ from the one before in length.
            if (hasPrevious && standalone && before.Length == word.Length
                && string.Compare(prose, before.Start, prose, word.Start, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && GapBetween(prose, before.End, word.Start) is { } gap)
            {
                yield return (before, gap, word);
                hasPrevious = false; // "the the the" is one doubling, then a lone word
                continue;
            }
            hasPrevious = standalone;
            before = word;
        }
    }

    internal readonly record struct Span(int Start, int Length)
    {
        public int End => Start + Length;
    }

    /// <summary>The next maximal run of letters at or after <paramref name="from"/>.</summary>
    private static bool TryNextWord(string text, int from, out Span word)
    {
        var start = from;
        while (start < text.Length && !char.IsLetter(text[start])) start++;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        word = new Span(start, end - start);
        return start < text.Length;
    }

    /// <summary>A word with no hyphen, letter or digit touching it ("re-re", "a2 a2" are not doublings).</summary>
    private static bool IsStandalone(string text, Span word) =>
        (word.Start == 0 || !IsWordGlue(text[word.Start - 1])) && (word.End == text.Length || !IsWordGlue(text[word.End]));

    private static bool IsWordGlue(char c) => c == '-' || char.IsLetter(c) || char.IsNumber(c);

    /// <summary>The gap when the text between two words is blanks with at most one line break in them.</summary>
    private static Span? GapBetween(string text, int start, int end)
    {
        if (end == start) return null;
        var lineBreaks = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n') lineBreaks++;
            else if (c == '\r' && i + 1 < end && text[i + 1] == '\n') continue;
            else if (c is not (' ' or '\t')) return null;
        }
        return lineBreaks <= 1 ? new Span(start, end - start) : null;
    }

    private static bool IsPlainGap(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }
}
