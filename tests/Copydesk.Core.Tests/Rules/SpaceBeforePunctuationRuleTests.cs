using System.Text.RegularExpressions;
using Copydesk.Core.Rules.Hygiene;
using Copydesk.Core.Tests.Harness;
using Copydesk.Core.Tests.Robustness;
using CsCheck;

namespace Copydesk.Core.Tests.Rules;

public sealed class SpaceBeforePunctuationRuleTests
{
    private static readonly SpaceBeforePunctuationRule Rule = new();

    [Fact]
    public void Reports_space_before_comma_and_period() =>
        RuleAssert.Findings("# Title\n\nThe CEO, Lei Jun{|CD4002: ,|} said so{|CD4002: .|}\n", Rule);

    [Fact]
    public void Ignores_dotted_names_markup_and_code() =>
        RuleAssert.Findings("# Title\n\nUse .NET and the .md files. A *word*, and `x ,` too.\n\n```\na , b\n```\n", Rule);

    [Fact]
    public void Ignores_spaced_colons_named_marks_and_spaced_ellipses() =>
        RuleAssert.Findings("# Title\n\ncompiler limit : macros nested. It uses . (dot) here. It waits . . . then goes{|CD4002: .|}\n", Rule);

    /// <summary>The scan finds exactly the spaced marks that the equivalent lookaround pattern finds.</summary>
    [Fact]
    public void The_scan_agrees_with_the_lookaround_pattern() =>
        Property.ForAll(Text, text =>
        {
            var expected = Oracle.Matches(text).Cast<Match>().Select(m => (m.Index, m.Groups["mark"].Index));
            Assert.Equal(expected, SpaceBeforePunctuationRule.SpacedMarks(text));
        }, iterations: 3000);

    private static readonly Regex Oracle = new(@"(?<=[\p{L}\p{N}\)""”’])[ \t]+(?<mark>[,;:.!?])(?=\s|$|[""”’)])", RegexOptions.CultureInvariant);

    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Const("word"), Gen.Const("é"), Gen.Const("2"), Gen.Const(")"), Gen.Const("\""), Gen.Const("”"), Gen.Const("’"),
            Gen.Const(" "), Gen.Const("  "), Gen.Const("\t"), Gen.Const("\n"), Gen.Const("\u00A0"), Gen.Const("("), Gen.Const("-"),
            Gen.Const(","), Gen.Const("."), Gen.Const(":"), Gen.Const(";"), Gen.Const("!"), Gen.Const("?"))
        .Array[0, 14].Select(string.Concat);
}
