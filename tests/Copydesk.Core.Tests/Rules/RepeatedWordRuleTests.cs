using Copydesk.Core.Rules.Hygiene;
using Copydesk.Core.Tests.Harness;

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
}
