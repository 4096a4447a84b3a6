namespace Copydesk.Core.Text;

/// <summary>A sentence inside a prose block: offsets relative to the block text.</summary>
/// <remarks>A class: lists of a struct are JIT-compiled at every start, ReadyToRun or not.</remarks>
public sealed record Sentence(int Start, int Length)
{
    public int End => Start + Length;
    public string Of(string text) => text.Substring(Start, Length);
}

/// <summary>
/// Splits prose into sentences: after . ! ? (and closing quotes) followed by white space and a
/// capital, digit or quote; also at blank lines. Common abbreviations and initials do not end one.
/// </summary>
public static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "jr", "sr", "st",
        "no", "fig", "approx", "u.s", "u.k", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    };

    // Where a sentence may end: a vectorized search jumps over the running text between them.
    private static readonly char[] Stops = ['.', '!', '?', '…', '\n'];

    public static List<Sentence> Split(string text)
    {
        var result = new List<Sentence>();
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var stop = text.IndexOfAny(Stops, i);
            if (stop < 0) break;
            i = stop;
            var c = text[i];
            if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')') end++;
                var next = SkipSpace(text, end);
                if (next > end && (next >= text.Length || StartsSentence(text[next])) && !IsAbbreviation(text, start, i))
                {
                    Add(start, end);
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            if (c == '\n' && IsBlankLineAhead(text, i + 1))
            {
                Add(start, i);
                start = SkipSpace(text, i + 1);
                i = start;
                continue;
            }
            i++;
        }
        Add(start, text.Length);
        return result;

        void Add(int s, int e)
        {
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) result.Add(new Sentence(s, e - s));
        }
    }

    internal static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[';

    internal static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        if (text[period] != '.') return false;
        var wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.Substring(wordStart, period - wordStart);
        // A single capital is an initial ("J. Smith").
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    internal static bool IsBlankLineAhead(string text, int index)
    {
        for (var i = index; i < text.Length; i++)
        {
            if (text[i] == '\n') return true;
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }

    internal static int SkipSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index])) index++;
        return index;
    }
}
