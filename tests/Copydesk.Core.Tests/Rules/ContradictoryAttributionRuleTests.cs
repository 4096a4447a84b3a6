using System.Text.RegularExpressions;
using Copydesk.Core.Rules.Attribution;
using Copydesk.Core.Tests.Harness;
using Copydesk.Core.Tests.Robustness;
using CsCheck;

namespace Copydesk.Core.Tests.Rules;

public sealed class ContradictoryAttributionRuleTests
{
    private static readonly ContradictoryAttributionRule Rule = new();

    [Fact]
    public void Reports_headline_that_reverses_the_body() =>
        RuleAssert.Findings(
            "Exclusive: {|CD1001:Ferrari approached Lenovo|}, not the other way around\n\n" +
            "Lenovo seems to have approached Ferrari first about the sponsorship. The LENOVO CEO SAYS LENOVO PROCEEDED TO APPROACH FERRARI.\n",
            "story.txt", Rule);

    [Fact]
    public void Normalises_a_chief_executive_to_the_company_and_the_company_to_its_name() =>
        RuleAssert.Findings(
            "# Deal talk\n\nPeugeot's chief executive, Anna Berg, says the company contacted Fiat in spring.\n\n" +
            "Elsewhere the piece says {|CD1001:Fiat reached out to Peugeot|} first, according to Berg.\n",
            Rule);

    [Fact]
    public void Reads_phrases_broken_by_a_hard_wrapped_line() =>
        RuleAssert.Findings(
            "# Deal talk\n\nPeugeot contacted Fiat in spring.\n\nElsewhere the piece says {|CD1001:Fiat reached\nout to Peugeot|} first.\n",
            Rule);

    [Fact]
    public void Reads_passive_and_lost_to_as_the_reverse_direction() =>
        RuleAssert.Findings(
            "# Cup report\n\nRovers beat United 2-1 at home.\n\n{|CD1001:Rovers lost to United|} in the tie, the club said.\n",
            Rule);

    [Fact]
    public void Reports_body_against_body_acquisitions() =>
        RuleAssert.Findings(
            "# Chip deal\n\nNordChip acquired Vela Systems for $2 billion.\n\nAnalysts said the deal made sense. Vela Systems was acquired by NordChip.\n\n{|CD1001:Vela Systems bought NordChip|} after years of talks.\n",
            Rule);

    [Fact]
    public void Reads_an_agreed_purchase_as_an_assertion() =>
        RuleAssert.Findings(
            "# Paystream agrees to buy lending startup Credo\n\nPaystream has agreed to buy Credo for $800 million.\n\n" +
            "{|CD1001:Credo bought Paystream|} in the deal, analysts said. Credo might buy Tilt one day.\n",
            Rule);

    [Fact]
    public void Reads_the_first_move_without_an_object() =>
        RuleAssert.Findings(
            "Who started the Orbit and Lumen talks?\n\nOrbit made the first move, Jana Novak said. The studio was the first to reach out, she added.\n\n" +
            "A spokesperson said {|CD1001:Lumen|} made the first move.\n",
            "talks.txt", Rule);

    [Fact]
    public void Leaves_separate_events_and_consistent_statements_alone() =>
        RuleAssert.Findings(
            "# Derby season\n\nCity beat Rovers in March. Rovers beat City in October.\n\n" +
            "Alpha sued Beta over patents. In response, Beta sued Alpha over trademarks.\n\n" +
            "Ajax beat Feyenoord at home. Feyenoord beat Ajax at De Kuip.\n\n" +
            "Xiaomi approached Leica. Leica was approached by Xiaomi, and the two partnered. Leica could approach Xiaomi again.\n\n" +
            "Did Leica approach Xiaomi? Xiaomi's approach to Leica was friendly. Leica bought Xiaomi phones.\n",
            Rule);

    /// <summary>The hand tokenizer splits a sentence exactly as the pattern it replaced did.</summary>
    [Fact]
    public void The_tokenizer_agrees_with_the_token_pattern() =>
        Property.ForAll(TokenText, text =>
        {
            var expected = TokenOracle.Matches(text).Cast<Match>().Select(m => (m.Index, m.Value));
            Assert.Equal(expected, ContradictoryAttributionRule.Tokenize(text).Select(t => (t.Index, t.Value)));
        }, iterations: 3000);

    private static readonly Regex TokenOracle = new(@"[\p{L}\p{N}]+(?:['’\-&.][\p{L}\p{N}]+)*(?:['’]s?)?|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant);

    private static readonly Gen<string> TokenText = Gen.OneOf(
            Gen.Const("Leica"), Gen.Const("s"), Gen.Const("S"), Gen.Const("2"), Gen.Const("é"), Gen.Const("'"), Gen.Const("’"),
            Gen.Const("-"), Gen.Const("&"), Gen.Const("."), Gen.Const(","), Gen.Const(" "), Gen.Const("\n"), Gen.Const("\u00A0"),
            Gen.Const("\uD83D\uDE00"), Gen.Const("½"), Gen.Const("("))
        .Array[0, 12].Select(string.Concat);
}
