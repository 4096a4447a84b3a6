using Copydesk.Core.Packs;
using Copydesk.Core.Tests.Robustness;
using CsCheck;

namespace Copydesk.Core.Tests.Packs;

public sealed class TermMatcherTests
{
    [Fact]
    public void Finds_whole_words_leftmost_then_longest()
    {
        var matcher = new TermMatcher(["Github", "Git", "Java Script", "Script"], ignoreCase: false);
        var hits = matcher.Find("Use Github, not Githubs; Java Script or Script.");
        Assert.Equal(["Github@4", "Java Script@25", "Script@40"], hits.Select(h => $"{matcher.Terms[h.Term]}@{h.Start}"));
    }

    /// <summary>The automaton finds exactly what trying every term at every position finds.</summary>
    [Fact]
    public void Finds_what_a_plain_search_finds() =>
        Property.ForAll(Gen.Select(TermGen.Array[1, 6], TextGen, Gen.Bool), sample =>
        {
            var (terms, text, ignoreCase) = sample;
            var expected = PlainSearch(terms, text, ignoreCase);
            var actual = new TermMatcher(terms, ignoreCase).Find(text).Select(h => (h.Term, h.Start, h.Length)).ToList();
            Assert.Equal(expected, actual);
        }, iterations: 3000);

    private static List<(int Term, int Start, int Length)> PlainSearch(string[] terms, string text, bool ignoreCase)
    {
        string Fold(string s) => ignoreCase ? new string(s.Select(char.ToLowerInvariant).ToArray()) : s;
        var folded = Fold(text);
        var all = new List<(int Term, int Start, int Length)>();
        for (var start = 0; start < text.Length; start++)
            for (var t = 0; t < terms.Length; t++)
            {
                var term = Fold(terms[t]);
                if (term.Length == 0 || start + term.Length > text.Length || string.CompareOrdinal(folded, start, term, 0, term.Length) != 0) continue;
                var end = start + term.Length;
                if (TermMatcher.IsWordChar(text[start]) && start > 0 && TermMatcher.IsWordChar(text[start - 1])) continue;
                if (TermMatcher.IsWordChar(text[end - 1]) && end < text.Length && TermMatcher.IsWordChar(text[end])) continue;
                all.Add((t, start, term.Length));
            }
        // Leftmost, then longest; for two terms alike, the one the automaton reports first: the earlier in the list.
        var ordered = all.OrderBy(h => h.Start).ThenByDescending(h => h.Length).ThenBy(h => h.Term).ToList();
        var result = new List<(int, int, int)>();
        var covered = 0;
        foreach (var hit in ordered)
        {
            if (hit.Start < covered) continue;
            result.Add(hit);
            covered = hit.Start + hit.Length;
        }
        return result;
    }

    private static readonly Gen<string> TermGen = Gen.OneOf(
        Gen.Const("ab"), Gen.Const("abc"), Gen.Const("bc"), Gen.Const("b"), Gen.Const("a b"), Gen.Const("K"), Gen.Const("ké"), Gen.Const("é"),
        Gen.Const("A.B"), Gen.Const("c-d"), Gen.Char["abcKké .-"].Array[1, 4].Select(c => new string(c)));

    private static readonly Gen<string> TextGen = Gen.OneOf(
            Gen.Const("ab"), Gen.Const("ABC"), Gen.Const("a b"), Gen.Const("\u212A"), Gen.Const("KÉ"), Gen.Const("A.B"), Gen.Const("c-d"), Gen.Const("  \n  "),
            Gen.Char["abcdKké .-_\u212A"].Select(c => c.ToString()))
        .Array[0, 10].Select(string.Concat);
}
