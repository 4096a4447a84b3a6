using Copydesk.Core.Rules.Hygiene;
using Copydesk.Core.Tests.Harness;

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
}
