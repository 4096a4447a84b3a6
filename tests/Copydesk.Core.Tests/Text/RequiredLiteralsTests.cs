using System.Text.RegularExpressions;
using Copydesk.Core.Packs;
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

    [Fact]
    public void For_normalized_text_only_literals_without_blanks_count() =>
        Assert.Equal(["content"], RequiredLiterals.Of("(?:Sponsored|Paid) content", RegexOptions.None, forNormalizedText: true));

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

    [Theory]
    [InlineData(@"^(?:share|tweet) on", "share on|tweet on")]
    [InlineData(@"^(?:read more|also read)[ \t]*:", "also read|read more")]
    [InlineData(@"^ab?c", "abc|ac")]
    public void Finds_what_an_anchored_match_starts_with(string pattern, string expected) =>
        Assert.Equal(expected, string.Join("|", RequiredLiterals.AnchoredPrefixes(pattern, RegexOptions.None)!.OrderBy(s => s, StringComparer.Ordinal)));

    [Theory]
    [InlineData("abc", RegexOptions.None)] // not anchored
    [InlineData("^abc|def", RegexOptions.None)] // the second branch may start anywhere
    [InlineData("^abc", RegexOptions.Multiline)] // ^ also matches after each line break
    [InlineData("^a(?m)bc", RegexOptions.None)]
    [InlineData(@"^\w+abc", RegexOptions.None)]
    public void Gives_no_start_where_a_match_may_start_elsewhere_or_with_anything(string pattern, RegexOptions options) =>
        Assert.Null(RequiredLiterals.AnchoredPrefixes(pattern, options));

    [Fact]
    public void The_prefilter_searches_literals_without_leading_blanks_so_they_join_the_shared_search()
    {
        var prefilter = new LiteralPrefilter([("(?:click|tap) here to edit", RegexOptions.IgnoreCase)]);

        Assert.Equal(["here to edit"], prefilter.Literals);
        Assert.True(StringAutomaton.CanJumpBlankRuns(prefilter.Literals));
    }

    /// <summary>
    /// Soundness: whenever a pattern matches a text, its prefilter lets the text through. The
    /// boilerplate rule's way is covered too: the patterns run on a normalized line, so anchors count.
    /// </summary>
    [Fact]
    public void A_text_the_pattern_matches_always_passes_the_prefilter() =>
        Property.ForAll(Gen.Select(PatternGen, TextGen, Gen.Bool, Gen.Bool), sample =>
        {
            var (pattern, text, ignoreCase, normalized) = sample;
            var options = RegexOptions.CultureInvariant | RegexOptions.Multiline | (ignoreCase ? RegexOptions.IgnoreCase : 0);
            Regex regex;
            try { regex = new Regex(pattern, options); }
            catch (ArgumentException) { return; }
            var input = normalized ? BoilerplateRule.Normalize(text, ignoreCase) : text;
            if (!regex.IsMatch(input)) return;
            var prefilter = new LiteralPrefilter([(pattern, options), ("unrelated", options)], normalized, textIsOneWholeLine: normalized);
            Assert.True(prefilter.Candidates(input).Contains(0), $"/{pattern}/ matches \"{input}\" but the prefilter refused it");
        }, iterations: 3000);

    private static readonly Gen<string> Atom = Gen.OneOf(
        Gen.Const("abc"), Gen.Const("bak"), Gen.Const("aKé"), Gen.Const("a b"),
        Gen.Const("a"), Gen.Const("b"), Gen.Const("k"), Gen.Const("K"), Gen.Const("é"), Gen.Const(" "),
        Gen.Const("."), Gen.Const(@"\w"), Gen.Const(@"\p{Lu}"), Gen.Const("[ab]"), Gen.Const("[^a]"), Gen.Const(@"\."),
        Gen.Const("^"), Gen.Const("$"), Gen.Const(@"\b"), Gen.Const(@"\x41"), Gen.Const("(?i)"), Gen.Const("(?-i)"));

    private static readonly Gen<string> Quantifier = Gen.OneOf(
        Gen.Const(""), Gen.Const(""), Gen.Const(""), Gen.Const("?"), Gen.Const("*"), Gen.Const("+"),
        Gen.Const("{2}"), Gen.Const("{0,2}"), Gen.Const("{1,}"), Gen.Const("??"));

    private static readonly Gen<string> Piece = Gen.Select(Atom, Quantifier, (a, q) => a is "^" or "$" or @"\b" or "(?i)" or "(?-i)" ? a : a + q);

    private static readonly Gen<string> Sequence = Piece.Array[1, 5].Select(p => string.Concat(p));

    private static readonly Gen<string> PatternGen = Gen.Select(Sequence, Sequence, Sequence, Gen.Int[0, 7], (a, b, c, shape) => shape switch
    {
        6 => "^(?:" + a + "|" + b + ")" + c,
        7 => "^" + a + b + "$",
        0 => a + b,
        1 => a + "|" + b,
        2 => a + "(?:" + b + "|" + c + ")",
        3 => "(?i:" + a + ")" + b + c,
        4 => a + "(?=" + b + ")" + c,
        _ => "(?<match>" + a + ")" + b + "?",
    });

    // Pieces of the literals above, so that matches that need three or more fixed characters happen.
    private static readonly Gen<string> TextGen = Gen.OneOf(
            Gen.Const("abc"), Gen.Const("ABC"), Gen.Const("bak"), Gen.Const("ba\u212A"), Gen.Const("aké"), Gen.Const("AKÉ"),
            Gen.Const("a  b"), Gen.Char["abkAKé \u212A.\n"].Select(c => c.ToString()))
        .Array[0, 8].Select(string.Concat);
}
