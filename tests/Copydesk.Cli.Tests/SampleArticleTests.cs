using System.Diagnostics;
using System.Text.Json;

namespace Copydesk.Cli.Tests;

/// <summary>The sample article through the real binary, and its full output pinned as golden files.</summary>
public sealed class SampleArticleTests
{
    [Fact]
    public void Text_output_of_the_sample_matches_the_golden_file() =>
        Golden.Match("sample.txt.golden", Cli.Run(RepositoryPaths.Root, "check", "seeds/000_781c75e40c296ea5.txt").Out);

    [Fact]
    public void Sarif_output_of_the_sample_matches_the_golden_file() =>
        Golden.Match("sample.sarif.golden", Cli.Run(RepositoryPaths.Root, "check", "seeds/000_781c75e40c296ea5.txt", "--format", "sarif").Out);

    /// <summary>What the foundation promises on the sample: each rule on one of the given lines.</summary>
    [Theory]
    [InlineData("CD1001", new[] { 1, 3, 7 })]
    [InlineData("CD1002", new[] { 3 })]
    [InlineData("CD1101", new[] { 5 })]
    [InlineData("CD1102", new[] { 5 })]
    [InlineData("CD2001", new[] { 9 })]
    [InlineData("CD2001", new[] { 15 })]
    [InlineData("CD2002", new[] { 22 })]
    [InlineData("CD2002", new[] { 24, 25 })]
    [InlineData("CD2003", new[] { 26 })]
    [InlineData("CD3002", new[] { 3 })]
    [InlineData("CD3002", new[] { 9 })]
    [InlineData("CD3002", new[] { 11 })]
    [InlineData("CD4001", new[] { 7 })]
    [InlineData("CD4001", new[] { 13 })]
    [InlineData("CD4002", new[] { 3 })]
    public void The_sample_reports_each_promised_finding(string ruleId, int[] lines)
    {
        var result = Cli.Run(RepositoryPaths.Root, "check", "seeds/000_781c75e40c296ea5.txt", "--format", "json", "--no-cache");
        using var json = JsonDocument.Parse(result.Out);
        var found = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("ruleId").GetString() == ruleId)
            .Select(d => d.GetProperty("startLine").GetInt32());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(found, lines.Contains);
    }

    [Fact]
    public async Task The_built_tool_checks_the_seeds_folder_as_a_process()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "copydesk.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", tool, "check", "seeds", "--format", "sarif", "--no-cache"])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        // seeds/ holds the sample and the labelled evaluation set (seeds/eval).
        Assert.Matches(@"^copydesk: \d+ file\(s\) checked", await stderr);
        using var sarif = JsonDocument.Parse(await stdout);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()).ToHashSet();
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            Assert.Contains(result.GetProperty("ruleId").GetString(), ruleIds);
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.StartsWith("seeds/", uri);
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, uri)), uri);
            var region = location.GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            Assert.NotEmpty(result.GetProperty("partialFingerprints").EnumerateObject());
        }
        var hasErrors = results.Any(r => r.GetProperty("level").GetString() == "error");
        Assert.Equal(hasErrors ? 1 : 0, process.ExitCode);
    }
}
