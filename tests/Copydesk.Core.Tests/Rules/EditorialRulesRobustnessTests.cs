using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Copydesk.Core.Rules;

namespace Copydesk.Core.Tests.Rules;

/// <summary>Fragments and odd shapes that once made rules index past a token list: no rule may fail on them (CD9004).</summary>
public sealed class EditorialRulesRobustnessTests
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "a.txt", "Company approached Foo\n\nCompany approached Foo. Foo approached Company. The the The. He approached. approached Foo." },
        { "b.txt", "According to\n\nAccording to , . According to. I assume. Sources say. made the first move. It was who approached the." },
        { "c.md", "# ,\n\n, , approached , bought the . the company sued the firm. They beat them. LOST TO. was acquired by\n" },
        { "d.md", "---\ntitle: \"\"\n---\n\n- Wi-\n- -Fi\n\n| A | B |\n|---|---|\n| Xiaomi approached | Leica |\n" },
        { "e.txt", "\n\n\n" },
        { "f.txt", "É\n\nÉé-É É É. Café cafe CAFÉ. Ünited beat Ünited." },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void No_rule_fails(string path, string text)
    {
        var linter = new Linter(RuleSet.FromRules(BuiltInRules.All));
        var failures = linter.Check(path, text).Where(d => d.RuleId == ToolDescriptors.RuleFailed.Id).Select(d => d.Message);
        Assert.Empty(failures);
    }
}
