using System.Text.Json;

namespace Copydesk.Cli.Tests;

public sealed class CacheAndShardTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copydesk-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_warm_run_reuses_cached_results_and_a_changed_file_is_linted_again()
    {
        File.WriteAllText(Path.Combine(_folder, "a.md"), "# T\n\nSpace , here.\n");
        File.WriteAllText(Path.Combine(_folder, "b.md"), "# T\n\nClean.\n");

        var cold = Cli.Run(_folder, "check");
        var warm = Cli.Run(_folder, "check");
        File.WriteAllText(Path.Combine(_folder, "b.md"), "# T\n\nNow spaced , too.\n");
        var changed = Cli.Run(_folder, "check");
        var bypass = Cli.Run(_folder, "check", "--no-cache");

        Assert.DoesNotContain("from cache", cold.Error);
        Assert.Contains("(2 from cache)", warm.Error);
        Assert.Equal(cold.Out, warm.Out);
        Assert.Contains("(1 from cache)", changed.Error);
        Assert.Contains("b.md(3,11,3,13): info CD4002", changed.Out);
        Assert.DoesNotContain("from cache", bypass.Error);
        Assert.Equal(changed.Out, bypass.Out);
    }

    [Fact]
    public void A_damaged_cache_file_is_ignored()
    {
        File.WriteAllText(Path.Combine(_folder, "a.md"), "# T\n\nSpace , here.\n");
        Directory.CreateDirectory(Path.Combine(_folder, ".copydesk-cache"));
        File.WriteAllText(Path.Combine(_folder, ".copydesk-cache", "results.bin"), "not a cache");

        var result = Cli.Run(_folder, "check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("a.md(3,6,3,8): info CD4002", result.Out);
    }

    [Fact]
    public void Shards_partition_the_files_and_name_their_sarif_runs()
    {
        for (var i = 0; i < 12; i++) File.WriteAllText(Path.Combine(_folder, $"f{i}.md"), "# T\n\nSpace , here.\n");

        var all = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var result = Cli.Run(_folder, "check", "--shard", $"{k}/3", "--format", "sarif", "--no-cache");
            using var sarif = JsonDocument.Parse(result.Out);
            var run = sarif.RootElement.GetProperty("runs")[0];
            Assert.Equal($"copydesk/shard-{k}-of-3", run.GetProperty("automationDetails").GetProperty("id").GetString());
            all.AddRange(run.GetProperty("results").EnumerateArray().Select(r =>
                r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!));
        }

        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"f{i}.md").Order(), all.Order());
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("x")]
    public void A_bad_shard_is_a_usage_error(string shard)
    {
        var result = Cli.Run(_folder, "check", "--shard", shard);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--shard", result.Error);
    }
}
