using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Copydesk.Core.Rules;
using Copydesk.Core.Rules.Hygiene;

namespace Copydesk.Core.Tests.Robustness;

/// <summary>A careless rule costs its own findings on one file, never the run or the other rules.</summary>
public sealed class RuleSafetyTests
{
    /// <summary>A rule that reports one finding and then throws, as a buggy rule half-way through would.</summary>
    private sealed class ThrowingRule : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("CD4901", "Throws", RuleCategory.Hygiene, Severity.Warning, "Throws after one finding.");

        public void Check(RuleContext context)
        {
            context.Report(0, 1, "Before the crash.");
            throw new InvalidOperationException("the rule broke");
        }
    }

    /// <summary>A rule whose arithmetic is off: it reports past the end of the file.</summary>
    private sealed class OutOfRangeRule(int start, int length) : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("CD4902", "Reports outside", RuleCategory.Hygiene, Severity.Warning, "Reports a span outside the file.");

        public void Check(RuleContext context) => context.Report(start, length, "Nowhere.");
    }

    private const string Text = "# Title\n\n" + Probe.Sentence + "\n";

    [Fact]
    public void A_throwing_rule_is_reported_once_by_name_and_the_other_rules_still_run()
    {
        var linter = new Linter(RuleSet.FromRules([new ThrowingRule(), new SpaceBeforePunctuationRule(), new ThrowingRule()]));

        var found = linter.Check("a.md", Text);

        var failures = found.Where(d => d.RuleId == "CD9004").ToList();
        Assert.Equal(2, failures.Count); // once per configured entry, not once per finding or per block
        Assert.All(failures, f => Assert.Contains("Rule CD4901 failed on this file: InvalidOperationException: the rule broke", f.Message));
        Assert.Equal(["(3,6)"], Probe.Positions(found));
        // What the rule found before it broke is real and kept.
        Assert.Equal(2, found.Count(d => d.RuleId == "CD4901"));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(5, -1)]
    [InlineData(0, 10_000)]
    [InlineData(int.MaxValue, 1)]
    public void A_span_outside_the_file_is_refused_as_a_rule_failure(int start, int length)
    {
        var linter = new Linter(RuleSet.FromRules([new OutOfRangeRule(start, length), new SpaceBeforePunctuationRule()]));

        var found = linter.Check("a.md", Text);

        var failure = Assert.Single(found, d => d.RuleId == "CD9004");
        Assert.Contains("outside the file", failure.Message);
        Assert.DoesNotContain(found, d => d.RuleId == "CD4902");
        Assert.Equal(["(3,6)"], Probe.Positions(found));
    }

    [Fact]
    public void A_span_ending_exactly_at_the_end_of_the_file_is_fine()
    {
        var linter = new Linter(RuleSet.FromRules([new OutOfRangeRule(Text.Length - 1, 1)]));
        var finding = Assert.Single(linter.Check("a.md", Text));
        Assert.Equal("\n", finding.MatchedText);
    }

    [Fact]
    public void A_throwing_rule_fails_every_file_alone_and_the_run_goes_on()
    {
        using var folder = new TempFolder();
        var files = Enumerable.Range(0, 20).Select(i =>
        {
            folder.Write($"f{i:00}.md", Text);
            return folder.Source($"f{i:00}.md");
        }).ToList();
        var checker = new FileChecker(new Linter(RuleSet.FromRules([new ThrowingRule(), new SpaceBeforePunctuationRule()])));

        var results = checker.Check(files, maxParallelism: 4);

        Assert.Equal(files, results.Select(r => r.File));
        Assert.All(results, r =>
        {
            Assert.Single(r.Diagnostics, d => d.RuleId == "CD9004");
            Assert.Equal(["(3,6)"], Probe.Positions(r.Diagnostics));
        });
    }
}
