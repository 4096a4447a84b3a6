using Copydesk.Core.Rules.Naming;
using Copydesk.Core.Tests.Harness;

namespace Copydesk.Core.Tests.Rules;

public sealed class InconsistentNamingRuleTests
{
    private static readonly InconsistentNamingRule Rule = new();

    [Fact]
    public void Reports_the_minority_spelling() =>
        RuleAssert.Findings(
            "# Review\n\nThe Wi-Fi is fast. Wi-Fi 7 is supported, but {|CD3001:WiFi|} range is short.\n\n" +
            "The DxOMark score is high; DxOMark tested it twice. {|CD3001:DXOMARK|} ranks it first.\n\n" +
            "Send an email or an email reminder, not an {|CD3001:e-mail|}. We ate at the café, then another café, then a {|CD3001:cafe|}.\n",
            Rule);

    [Fact]
    public void Reports_capitalised_compounds_joined_two_ways() =>
        RuleAssert.Findings("# Cars\n\nThe Mercedes-Benz plant is big, and Mercedes-Benz says so. {|CD3001:Mercedes Benz|} also builds vans. Our Wi-Fi is fast; the {|CD3001:wifi|} is not.\n", Rule);

    [Fact]
    public void Reports_model_codes_in_articles_but_not_in_technical_docs()
    {
        RuleAssert.Findings("# Phones\n\nThe 12S Ultra is fast. The 12S Pro is not. The {|CD3001:12s|} Ultra costs more.\n", Rule);
        RuleAssert.Findings("# Hashes\n\nUse FNV-1a. The fnv1a code is fast, and `IPv6` or IPV6 works.\n", Rule);
    }

    [Fact]
    public void Reports_a_name_split_into_two_words_in_prose() =>
        RuleAssert.Findings("# Review\n\nOpen the PulseFit app. The PulseFit app syncs. The {|CD3001:Pulse Fit|} app is slow.\n", Rule);

    [Fact]
    public void Leaves_grammar_sentence_case_and_code_alone() =>
        RuleAssert.Findings(
            "# Real-Time Data\n\nData arrives in real time. The real-time feed is fast. Email us. We read email daily.\n\n" +
            "NULL is not null. THE PHONE SHIPS IN MAY, says Phone maker. The Pro and the Pro Max differ.\n",
            Rule);

    [Fact]
    public void Leaves_identifiers_in_technical_documents_alone() =>
        RuleAssert.Findings(
            "# Toolbars\n\nThe ToolBar class draws a toolbar. Call `HitTest` for a hit-test.\n\n```cpp\nint x;\n```\n",
            Rule);
}
