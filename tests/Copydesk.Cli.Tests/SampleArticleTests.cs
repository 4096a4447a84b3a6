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

        Assert.StartsWith("copydesk: 1 file(s) checked", await stderr);
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
