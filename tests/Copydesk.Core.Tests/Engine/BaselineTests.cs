using Copydesk.Core.Baselines;
using Copydesk.Core.Configuration;
using Copydesk.Core.Engine;

namespace Copydesk.Core.Tests.Engine;

public sealed class BaselineTests
{
    [Fact]
    public void Round_trip_hides_known_findings_by_text_not_line()
    {
        var before = Linter.Default.Check("docs/a.md", "# T\n\nWe use Github. Advertisement Now.\n");
        var json = Baseline.Create(before).ToJson();
        var errors = new List<ConfigurationError>();
        var baseline = Baseline.Parse("baseline.json", json, errors);
        Assert.Empty(errors);
        Assert.Equal(before.Count, baseline.Count);

        var moved = Linter.Default.Check("docs/a.md", "# T\n\nNew text.\n\nWe use Github. Advertisement Now. And Github “again”.\n");
        var fresh = baseline.NewFindings(moved);
        var only = Assert.Single(fresh);
        Assert.Equal(("CD3002", "Github", 5), (only.RuleId, only.MatchedText, only.Range.StartLine));
        Assert.Equal(only.Start, moved.Where(d => d.RuleId == "CD3002").Max(d => d.Start));
    }

    [Fact]
    public void Tool_notes_are_never_baselined()
    {
        var note = new Copydesk.Core.Configuration.ConfigurationError("x.yaml", 1, 1, "bad").ToDiagnostic();
        var baseline = Baseline.Create([note]);
        Assert.Equal(0, baseline.Count);
        Assert.Single(baseline.NewFindings([note]));
    }

    [Fact]
    public void A_broken_baseline_is_an_error_not_an_exception()
    {
        var errors = new List<ConfigurationError>();
        Baseline.Parse("b.json", "{ \"findings\": [ { \"rule\": ", errors);
        Assert.Single(errors);
    }
}
