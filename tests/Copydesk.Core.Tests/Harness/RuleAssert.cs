using Copydesk.Core.Engine;
using Copydesk.Core.Rules;

namespace Copydesk.Core.Tests.Harness;

public static class RuleAssert
{
    /// <summary>
    /// Runs <paramref name="rules"/> on the fixture and asserts that exactly the marked findings
    /// (by rule ID, start and length) are reported; unmarked text must produce nothing.
    /// </summary>
    public static void Findings(string marked, string path, params IRule[] rules)
    {
        var (text, expected) = FixtureMarkup.Parse(marked);
        var linter = new Linter(RuleSet.FromRules(rules));
        var actual = linter.Check(path, text)
            .Select(d => new ExpectedFinding(d.RuleId, d.Start, d.Length))
            .OrderBy(f => f.Start).ThenBy(f => f.RuleId).ToList();
        var want = expected.OrderBy(f => f.Start).ThenBy(f => f.RuleId).ToList();
        Assert.True(want.SequenceEqual(actual),
            $"Expected:\n{Describe(text, want)}\nActual:\n{Describe(text, actual)}");
    }

    public static void Findings(string marked, params IRule[] rules) => Findings(marked, "article.md", rules);

    private static string Describe(string text, IEnumerable<ExpectedFinding> findings) =>
        string.Join("\n", findings.Select(f => $"  {f.RuleId} at {f.Start}+{f.Length} \"{text.Substring(f.Start, f.Length)}\""));
}
