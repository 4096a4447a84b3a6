using Copydesk.Core.Rules.Sourcing;
using Copydesk.Core.Tests.Harness;

namespace Copydesk.Core.Tests.Rules;

public sealed class SourceSpeculationRuleTests
{
    private static readonly SourceSpeculationRule Rule = new();

    [Fact]
    public void Reports_guesses_about_the_source() =>
        RuleAssert.Findings(
            "# Launch\n\n{|CD1102:I assume|} that this video is in Korean. {|CD1102:Presumably|} the interview was cut short.\n\n" +
            "{|CD1102:I'm guessing|} the original post was deleted.\n",
            Rule);

    [Fact]
    public void Leaves_other_guesses_alone() =>
        RuleAssert.Findings(
            "# Launch\n\nI assume most buyers will wait. I guess the price is fair. The video is in Korean.\n\n" +
            "I assume the source code compiles with the default options. We assume the document is open and the stream is readable.\n",
            Rule);
}
