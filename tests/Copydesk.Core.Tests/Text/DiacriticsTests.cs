using System.Globalization;
using System.Text;
using Copydesk.Core.Text;

namespace Copydesk.Core.Tests.Text;

public sealed class DiacriticsTests
{
    [Theory]
    [InlineData("jalapeño", "jalapeno")]
    [InlineData("Pokémon", "Pokemon")]
    [InlineData("Ångström", "Angstrom")]
    [InlineData("Dvořák", "Dvorak")]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("cafe\u0301", "cafe")] // already decomposed: the mark goes
    [InlineData("Straße, Œuvre, Øre", "Straße, Œuvre, Øre")] // letters of their own, not letters with marks
    [InlineData("plain ASCII", "plain ASCII")]
    public void It_takes_the_marks_off_letters(string text, string expected) =>
        Assert.Equal(expected, Diacritics.Remove(text));

    [Fact]
    public void Every_character_folds_as_ICU_decomposes_it()
    {
        // The test host has the platform's Unicode data (the tool does not): decompose, drop the nonspacing marks,
        // recompose. A character that comes out as more than one character stays itself.
        var mismatches = new List<string>();
        for (var c = '\u0080'; c < '\uFFFE'; c++)
        {
            if (char.IsSurrogate(c)) continue;
            var text = c.ToString();
            var expected = CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? "" : ByIcu(text);
            if (expected.Length > 1) expected = text;
            var actual = Diacritics.Remove(text);
            if (actual != expected) mismatches.Add($"U+{(int)c:X4}: ICU \"{expected}\", Diacritics \"{actual}\"");
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }

    [Fact]
    public void The_table_is_sorted_pairs()
    {
        Assert.Equal(0, Diacritics.Table.Length % 2);
        for (var i = 2; i < Diacritics.Table.Length; i += 2)
            Assert.True(Diacritics.Table[i - 2] < Diacritics.Table[i], $"pair {i / 2}");
    }

    private static string ByIcu(string text)
    {
        var kept = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) kept.Append(c);
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }
}
