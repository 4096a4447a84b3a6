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

    [Theory]
    [InlineData("CD9005", Severity.Error)]
    [InlineData("CD9005", Severity.Warning)]
    [InlineData("CD9001", Severity.Error)]
    [InlineData("CD9004", Severity.Error)]
    [InlineData("CD9007", Severity.Error)]
    public void A_tool_failure_is_an_error_whatever_the_thresholds(string code, Severity severity)
    {
        Assert.Equal(BuildLevel.Error, new BuildLevelPolicy(Severity.None, Severity.None).LevelOf(Finding(code, severity)));
    }

    [Fact]
    public void A_repaired_decoding_note_follows_the_thresholds()
    {
        // Invalid UTF-8 that was replaced is a warning-level CD9001: the rest of the file was checked.
        Assert.Equal(BuildLevel.Warning, new BuildLevelPolicy(Severity.None, Severity.Warning).LevelOf(Finding("CD9001", Severity.Warning)));
    }

    private static Diagnostic Finding(string code, Severity severity) =>
        new(code, severity, "message", "/docs/a.md", 0, 0, new SourceRange(1, 1, 1, 1));

    [Fact]
    public void An_unknown_threshold_is_refused()
    {
        Assert.False(BuildLevelPolicy.TryParseThreshold("loud", Severity.Error, out _));
    }
}
