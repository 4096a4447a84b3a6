using Copydesk.Core.Engine;
using Copydesk.Core.Rules;
using Copydesk.Core.Rules.Hygiene;

namespace Copydesk.Core.Tests.Engine;

public sealed class RuleSetFingerprintTests
{
    [Fact]
    public void Options_and_severities_change_the_fingerprint_so_caches_miss()
    {
        var rule = new SpaceBeforePunctuationRule();
        RuleSet With(Diagnostics.Severity severity, params (string, object?)[] options) =>
            new([new RuleEntry(rule, severity, new RuleOptions(options.ToDictionary(o => o.Item1, o => o.Item2)))]);

        var plain = With(Diagnostics.Severity.Suggestion);
        Assert.Equal(plain.Fingerprint, With(Diagnostics.Severity.Suggestion).Fingerprint);
        Assert.NotEqual(plain.Fingerprint, With(Diagnostics.Severity.Warning).Fingerprint);
        Assert.NotEqual(With(Diagnostics.Severity.Suggestion, ("terms", new List<object?> { "a" })).Fingerprint,
            With(Diagnostics.Severity.Suggestion, ("terms", new List<object?> { "b" })).Fingerprint);
        Assert.NotEqual(With(Diagnostics.Severity.Suggestion, ("map", new Dictionary<string, object?> { ["k"] = "1" })).Fingerprint,
            With(Diagnostics.Severity.Suggestion, ("map", new Dictionary<string, object?> { ["k"] = "2" })).Fingerprint);
    }
}
