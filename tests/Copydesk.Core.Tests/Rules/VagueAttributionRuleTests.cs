using Copydesk.Core.Rules.Attribution;
using Copydesk.Core.Tests.Harness;

namespace Copydesk.Core.Tests.Rules;

public sealed class VagueAttributionRuleTests
{
    private static readonly VagueAttributionRule Rule = new();

    [Fact]
    public void Reports_unnamed_sources() =>
        RuleAssert.Findings(
            "# Rumours\n\n{|CD1003:According to reports|}, the car is delayed. {|CD1003:Sources say|} the price will rise.\n\n" +
            "{|CD1003:It is rumoured|} that the studio is for sale, and {|CD1003:many believe|} the sequel is cancelled.\n\n" +
            "The bank will cut rates, {|CD1003:people familiar with the matter|} said. {|CD1003:Industry insiders claim|} otherwise.\n\n" +
            "{|CD1003:According to several former employees|}, morale was low.\n\n" +
            // Hard-wrapped source lines: the formula runs over a line break.
            "The deal is off, {|CD1003:a source close\nto|} the company told us. It was signed, {|CD1003:an official who\nspoke|} on condition of anonymity.\n",
            Rule);

    [Fact]
    public void Leaves_named_sources_alone() =>
        RuleAssert.Findings(
            "# Named\n\nAccording to reports from Bloomberg, the car is delayed. Sources told Reuters the price will rise.\n\n" +
            "According to a report by The Verge, the studio is for sale. According to the report, sales fell.\n\n" +
            "The compiler reports an error. Source files say nothing. Open source projects use it.\n\n" +
            "Many believe the answer lies in magnetic storms, said physicist Rahul Iyer.\n",
            Rule);
}
