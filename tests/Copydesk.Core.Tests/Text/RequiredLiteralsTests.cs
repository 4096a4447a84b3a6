using System.Text.RegularExpressions;
using Copydesk.Core.Tests.Robustness;
using Copydesk.Core.Text;
using CsCheck;

namespace Copydesk.Core.Tests.Text;

public sealed class RequiredLiteralsTests
{
    [Theory]
    [InlineData("Advertisement", "advertisement")]
    [InlineData("(?:Sponsored|Paid) content", "paid content|sponsored content")]
    [InlineData(@"[.!?][ \t]+(?<match>Advertisement|ADVERTISEMENT)\p{Lu}", "advertisement")]
    [InlineData(@"lorem ipsum(?: dolor)?|dolor sit amet", "dolor sit amet|lorem ipsum")]
    [InlineData(@"\{\{[ \t]*\w+[ \t]*\}\}", "{{")]
    [InlineData(@"\$ ?XX+", "$ xx|$xx")]
    [InlineData(@"^(?:Read|See) more:", "read more:|see more:")]
    [InlineData(@"(?i:kit)chen", "itchen")] // ignoring case, k is also the Kelvin sign
    [InlineData(@"ab(?=cd)", "ab")]
    [InlineData(@"(?i)abc(?-i)d|xyz", "abcd|xyz")]
    [InlineData(@"colou?r", "color|colour")]
    public void Finds_the_literals_every_match_contains(string pattern, string expected) =>
        Assert.Equal(expected, string.Join("|", RequiredLiterals.Of(pattern, RegexOptions.None)!.OrderBy(s => s, StringComparer.Ordinal)));

    [Theory]
    [InlineData(@"\w+")]
    [InlineData(@"(?:abc)?")]
    [InlineData(@"abc|\d+")]
    [InlineData(@"(a)\1")] // a backreference is not analysed: no literals, the pattern always runs
    [InlineData(@"(?x) a b c")]
    [InlineData(@"(?(a)b|c)")]
    public void Gives_nothing_where_a_match_needs_no_known_text(string pattern) =>
        Assert.Null(RequiredLiterals.Of(pattern, RegexOptions.None));

    [Fact]
    public void Gives_nothing_for_free_spacing_patterns() =>
        Assert.Null(RequiredLiterals.Of("a b", RegexOptions.IgnorePatternWhitespace));

    /// <summary>Soundness: whenever a pattern matches a text, its prefilter lets the text through.</summary>
    [Fact]
    public void A_text_the_pattern_matches_always_passes_the_prefilter() =>
        Property.ForAll(Gen.Select(PatternGen, TextGen, Gen.Bool), sample =>
        {
            var (pattern, text, ignoreCase) = sample;
            var options = RegexOptions.CultureInvariant | RegexOptions.Multiline | (ignoreCase ? RegexOptions.IgnoreCase : 0);
            Regex regex;
            try { regex = new Regex(pattern, options); }
            catch (ArgumentException) { return; }
            if (!regex.IsMatch(text)) return;
            var prefilter = LiteralPrefilter.For(pattern, options);
            Assert.True(prefilter?.MayMatch(text) ?? true, $"/{pattern}/ matches \"{text}\" but the prefilter refused it");
        }, iterations: 3000);

    private static readonly Gen<string> Atom = Gen.OneOf(
        Gen.Const("a"), Gen.Const("b"), Gen.Const("k"), Gen.Const("K"), Gen.Const("é"), Gen.Const(" "),
        Gen.Const("."), Gen.Const(@"\w"), Gen.Const(@"\p{Lu}"), Gen.Const("[ab]"), Gen.Const("[^a]"), Gen.Const(@"\."),
        Gen.Const("^"), Gen.Const("$"), Gen.Const(@"\b"), Gen.Const(@"\x41"), Gen.Const("(?i)"), Gen.Const("(?-i)"));

    private static readonly Gen<string> Quantifier = Gen.OneOf(
        Gen.Const(""), Gen.Const(""), Gen.Const(""), Gen.Const("?"), Gen.Const("*"), Gen.Const("+"),
        Gen.Const("{2}"), Gen.Const("{0,2}"), Gen.Const("{1,}"), Gen.Const("??"));

    private static readonly Gen<string> Piece = Gen.Select(Atom, Quantifier, (a, q) => a is "^" or "$" or @"\b" or "(?i)" or "(?-i)" ? a : a + q);

    private static readonly Gen<string> Sequence = Piece.Array[1, 5].Select(p => string.Concat(p));

    private static readonly Gen<string> PatternGen = Gen.Select(Sequence, Sequence, Sequence, Gen.Int[0, 5], (a, b, c, shape) => shape switch
    {
        0 => a + b,
        1 => a + "|" + b,
        2 => a + "(?:" + b + "|" + c + ")",
        3 => "(?i:" + a + ")" + b + c,
        4 => a + "(?=" + b + ")" + c,
        _ => "(?<match>" + a + ")" + b + "?",
    });

    private static readonly Gen<string> TextGen = Gen.Char["abkAKé \u212A.\n"].Array[0, 12].Select(c => new string(c));
}
