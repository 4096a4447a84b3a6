using Copydesk.Core.Engine;
using Copydesk.Core.Packs;
using static Copydesk.Core.Tests.Packs.PackTestSupport;

namespace Copydesk.Core.Tests.Packs;

/// <summary>A user's pattern can never hang a run: these complete (the assertion is completion, not a time).</summary>
public sealed class SafeRegexTests
{
    private static readonly string Megabyte = "Title\n\n" + new string('a', 1024 * 1024) + "!\n";

    [Fact]
    public void Catastrophic_pattern_runs_in_linear_time_on_a_megabyte()
    {
        var rule = Load("id: Acme.Slow\ntype: existence\npatterns: ['(a+)+$', '(a|aa)+b']\n").Single();
        var found = new Linter(RuleSet.FromRules([rule])).Check("big.txt", Megabyte);
        Assert.Empty(found);
    }

    [Fact]
    public void Patterns_use_the_non_backtracking_engine_when_they_can()
    {
        Assert.True(SafeRegex.TryCreate("(a+)+$", ignoreCase: false, trusted: false, out _)!.IsLinear);
        // Lookarounds need the backtracking engine, which then runs with a match timeout.
        var lookaround = SafeRegex.TryCreate("(?<=x)(a+)+$", ignoreCase: false, trusted: false, out _)!;
        Assert.False(lookaround.IsLinear);
        Assert.Equal(SafeRegex.MatchTimeout, lookaround.Regex.MatchTimeout);
    }

    [Fact]
    public void Backtracking_fallback_gives_up_instead_of_hanging()
    {
        var rule = Load("id: Acme.Slow\ntype: existence\npatterns: ['(?=a)(a|aa)+\\1b']\n").Single();
        var found = new Linter(RuleSet.FromRules([rule])).Check("big.txt", "Title\n\n" + new string('a', 40_000) + "\n");
        Assert.DoesNotContain(found, d => d.RuleId == "Acme.Slow");
    }
}
