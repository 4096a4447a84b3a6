using Copydesk.Core.Tests.Robustness;
using Copydesk.Core.Text;
using CsCheck;

namespace Copydesk.Core.Tests.Text;

public sealed class SentencesTests
{
    [Fact]
    public void Splits_after_a_stop_before_a_capital_and_at_blank_lines_but_not_after_abbreviations() =>
        Assert.Equal(
            ["He left, e.g. early.", "Then J. Smith came!", "\"Why?\" she asked", "New paragraph"],
            Of("He left, e.g. early. Then J. Smith came! \"Why?\" she asked\n\nNew paragraph"));

    /// <summary>The search that jumps from stop to stop splits exactly where reading every character did.</summary>
    [Fact]
    public void Splits_where_reading_every_character_splits() =>
        Property.ForAll(TextGen, text =>
            Assert.Equal(CharacterByCharacter(text), Sentences.Split(text).Select(s => (s.Start, s.Length)).ToList()),
            iterations: 5000);

    private static List<string> Of(string text) => Sentences.Split(text).Select(s => s.Of(text)).ToList();

    // Stops, closing quotes, blanks, line breaks, capitals and abbreviations, often next to each other.
    private static readonly Gen<string> TextGen = Gen.Frequency(
        (6, Gen.Char["abc xyZA"].Select(c => c.ToString())),
        (3, Gen.Char[".!?…\n\"”’')"].Select(c => c.ToString())),
        (1, Gen.OneOf("e.g", "Dr", " J", "etc", "U.S", "\n \n", "3"))).Array[0, 60].Select(string.Concat);

    /// <summary>The splitter as it was, reading every character (with the same helpers): the oracle.</summary>
    private static List<(int Start, int Length)> CharacterByCharacter(string text)
    {
        var result = new List<(int, int)>();
        var start = Sentences.SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')') end++;
                var next = Sentences.SkipSpace(text, end);
                if (next > end && (next >= text.Length || Sentences.StartsSentence(text[next])) && !Sentences.IsAbbreviation(text, start, i))
                {
                    Add(start, end);
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            if (c == '\n' && Sentences.IsBlankLineAhead(text, i + 1))
            {
                Add(start, i);
                start = Sentences.SkipSpace(text, i + 1);
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
            if (e > s) result.Add((s, e - s));
        }
    }
}
