using Copydesk.Core.Rules.Attribution;
using Copydesk.Core.Tests.Harness;

namespace Copydesk.Core.Tests.Rules;

public sealed class DanglingAttributionRuleTests
{
    private static readonly DanglingAttributionRule Rule = new();

    [Fact]
    public void Reports_attribution_without_a_claim() =>
        RuleAssert.Findings(
            "# News\n\nThe phone is thin. {|CD1002:According to TechRadar and the CEO of Nokia, Pekka Lundmark, this information.|}\n\n" +
            "{|CD1002:According to Bloomberg.|} The stock fell.\n\nPrices rose, {|CD1002:according to|}, by ten percent.\n",
            Rule);

    [Fact]
    public void Leaves_complete_attributions_alone() =>
        RuleAssert.Findings(
            "# News\n\nAccording to Reuters, the talks continue. According to the CEO, this information was wrong.\n\n" +
            "Sales grew, according to the annual report. According to the company's figures, revenue rose 4%.\n\n" +
            "According to the documentation, the function returns zero.\n",
            Rule);
}
