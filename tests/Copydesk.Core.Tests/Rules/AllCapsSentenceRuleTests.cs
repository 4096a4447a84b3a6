using Copydesk.Core.Rules.Hygiene;
using Copydesk.Core.Tests.Harness;

namespace Copydesk.Core.Tests.Rules;

public sealed class AllCapsSentenceRuleTests
{
    private static readonly AllCapsSentenceRule Rule = new();

    [Fact]
    public void Reports_shouted_sentences_in_body_text() =>
        RuleAssert.Findings(
            "HEADLINES MAY SHOUT IN THIS STYLE\n\n{|CD4001:THE NEW MODEL WILL GO ON SALE IN JUNE.|} Prices start at $30,000.\n",
            "news.txt", Rule);

    [Fact]
    public void Reports_a_shouted_line_without_a_full_stop() =>
        RuleAssert.Findings(
            "Headline\n\n{|CD4001:THE SHOW GOES ON TOUR IN THE AUTUMN|}\nTickets go on sale on Friday.\n",
            "news.txt", Rule);

    [Fact]
    public void Leaves_acronyms_headings_and_code_alone() =>
        RuleAssert.Findings(
            "# THE GUIDE\n\n## API SDK CLI\n\nUse the NASA API with JSON and REST. HTTP GET URL PATH.\n\n```\nTHIS IS CODE AND STAYS.\n```\n",
            Rule);
}
