using Copydesk.Core.Diagnostics;

namespace Copydesk.MSBuild.Tests;

public sealed class BuildLevelPolicyTests
{
    [Theory]
    // Defaults: fail on error, warn on warning.
    [InlineData("", "", Severity.Error, BuildLevel.Error)]
    [InlineData("", "", Severity.Warning, BuildLevel.Warning)]
    [InlineData("", "", Severity.Suggestion, BuildLevel.Message)]
    // Stricter: warnings fail the build.
    [InlineData("warning", "", Severity.Warning, BuildLevel.Error)]
    [InlineData("warning", "", Severity.Suggestion, BuildLevel.Message)]
    // Nothing fails; errors are still shown as warnings.
    [InlineData("none", "", Severity.Error, BuildLevel.Warning)]
    // Suggestions shown as warnings.
    [InlineData("", "suggestion", Severity.Suggestion, BuildLevel.Warning)]
    // Neither threshold: everything is a message.
    [InlineData("none", "none", Severity.Error, BuildLevel.Message)]
    [InlineData("ERROR", "Warning", Severity.Error, BuildLevel.Error)]
    public void Severity_maps_to_a_build_level(string failOn, string warnOn, Severity severity, BuildLevel expected)
    {
        Assert.True(BuildLevelPolicy.TryParseThreshold(failOn, Severity.Error, out var fail));
        Assert.True(BuildLevelPolicy.TryParseThreshold(warnOn, Severity.Warning, out var warn));

        Assert.Equal(expected, new BuildLevelPolicy(fail, warn).LevelOf(severity));
    }

    [Fact]
    public void An_unknown_threshold_is_refused()
    {
        Assert.False(BuildLevelPolicy.TryParseThreshold("loud", Severity.Error, out _));
    }
}
