using System.Text.RegularExpressions;
using Copydesk.Core.Rules.Hygiene;
using Copydesk.Core.Tests.Harness;
using Copydesk.Core.Tests.Robustness;
using CsCheck;

namespace Copydesk.Core.Tests.Rules;

public sealed class RepeatedWordRuleTests
{
    private static readonly RepeatedWordRule Rule = new();

    [Fact]
    public void Reports_doubled_words() =>
        RuleAssert.Findings("# T\n\nThe car is the {|CD4003:the|} fastest. The {|CD4003:the|}\nend. It is in {|CD4003:in|} stock.\n", Rule);

    [Fact]
    public void Leaves_grammatical_doublings_names_and_code_alone() =>
        RuleAssert.Findings(
            "# T\n\nHe had had enough. She said that that was fine. We went to Bora Bora. The type of type Type.\n\n" +
            "Use a template template parameter. Call `run` run twice. Logical-AND and OR.\n",
            Rule);

    /// <summary>The scan finds exactly the doublings that the equivalent backreference pattern finds.</summary>
    [Fact]
    public void The_scan_agrees_with_the_backreference_pattern() =>
        Property.ForAll(Text, text =>
        {
            var expected = Oracle.Matches(text).Cast<Match>()
                .Select(m => (m.Groups["word"].Index, m.Groups["gap"].Index, m.Groups["repeat"].Index, m.Groups["repeat"].Length));
            var found = RepeatedWordRule.Doublings(text).Select(d => (d.Word.Start, d.Gap.Start, d.Repeat.Start, d.Repeat.Length));
            Assert.Equal(expected, found);
        }, iterations: 3000);

    private static readonly Regex Oracle = new(
        @"(?<![-\p{L}\p{N}])(?<word>\p{L}+)(?<gap>[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)(?<repeat>\k<word>)(?![-\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Const("the"), Gen.Const("The"), Gen.Const("THE"), Gen.Const("them"), Gen.Const("a"), Gen.Const("é"), Gen.Const("É"),
            Gen.Const(" "), Gen.Const("  "), Gen.Const("\t"), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r"),
            Gen.Const("-"), Gen.Const("2"), Gen.Const("½"), Gen.Const("."), Gen.Const(","))
        .Array[0, 14].Select(string.Concat);
}
