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

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private const string AcmePack = "pack: acme\nrules:\n  - id: Acme.Synergy\n    type: existence\n    severity: warning\n    tokens: [synergy]\n";

    [Fact]
    public void Changing_a_custom_pack_misses_the_cache()
    {
        Write(".copydesk.yaml", "packs: [styles/acme.yaml]\n");
        Write("styles/acme.yaml", AcmePack);
        Write("a.md", "# T\n\nWe sell synergy and leverage.\n");

        var cold = Cli.Run(_folder, "check");
        var warm = Cli.Run(_folder, "check");
        Write("styles/acme.yaml", AcmePack.Replace("[synergy]", "[leverage]"));
        var changed = Cli.Run(_folder, "check");

        Assert.Contains("a.md(3,9,3,16): warning Acme.Synergy:", cold.Out);
        Assert.Contains("(1 from cache)", warm.Error);
        Assert.Equal(cold.Out, warm.Out);
        Assert.DoesNotContain("from cache", changed.Error);
        Assert.Contains("a.md(3,21,3,29): warning Acme.Synergy:", changed.Out);
        Assert.DoesNotContain("a.md(3,9,", changed.Out);
    }

    [Fact]
    public void Changing_the_configuration_misses_the_cache()
    {
        Write("a.md", "# T\n\nSpace , here.\n");

        var cold = Cli.Run(_folder, "check");
        Write(".copydesk.yaml", "rules:\n  CD4002: error\n");
        var changed = Cli.Run(_folder, "check");
        var warm = Cli.Run(_folder, "check");

        Assert.Contains("a.md(3,6,3,8): info CD4002", cold.Out);
        Assert.DoesNotContain("from cache", changed.Error);
        Assert.Contains("a.md(3,6,3,8): error CD4002", changed.Out);
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("(1 from cache)", warm.Error);
        Assert.Equal(changed.Out, warm.Out);
        Assert.Equal(1, warm.ExitCode);
    }

    [Fact]
    public void A_configuration_error_is_reported_when_every_file_comes_from_the_cache()
    {
        Write(".copydesk.yaml", "packs: [bad.yaml]\nrules:\n  CD9999: none\n");
        Write("bad.yaml", "rules:\n  - id: Acme.A\n    type: existence\n    patterns: ['(bad']\n");
        Write("a.md", "# T\n\nFine.\n");

        var cold = Cli.Run(_folder, "check");
        var warm = Cli.Run(_folder, "check");

        Assert.Equal(2, cold.ExitCode);
        Assert.Contains("(1 from cache)", warm.Error);
        Assert.Equal(2, warm.ExitCode);
        Assert.Equal(cold.Out, warm.Out);
        Assert.Contains("bad.yaml(4,16", warm.Out);
        Assert.Contains(".copydesk.yaml(3,3", warm.Out);
    }

    [Fact]
    public void A_warm_sarif_report_still_lists_the_rules_of_custom_packs()
    {
        Write(".copydesk.yaml", "packs: [styles/acme.yaml]\n");
        Write("styles/acme.yaml", AcmePack);
        Write("a.md", "# T\n\nWe sell synergy.\n");

        var cold = Cli.Run(_folder, "check", "--format", "sarif");
        var warm = Cli.Run(_folder, "check", "--format", "sarif");

        Assert.Contains("(1 from cache)", warm.Error);
        Assert.Contains("\"id\": \"Acme.Synergy\"", warm.Out);
        Assert.Equal(cold.Out, warm.Out);
    }

    [Fact]
    public void A_moved_checkout_reuses_the_cache_and_an_unchanged_run_leaves_the_file_alone()
    {
        Write(".copydesk.yaml", "packs: [styles/acme.yaml]\n");
        Write("styles/acme.yaml", AcmePack);
        Write("docs/a.md", "# T\n\nWe sell synergy.\n");
        // Settled: the first run records the file's size and time, so the second has nothing to learn.
        File.SetLastWriteTimeUtc(Path.Combine(_folder, "docs/a.md"), DateTime.UtcNow.AddHours(-1));
        var cold = Cli.Run(_folder, "check");
        var cacheFile = Path.Combine(_folder, ".copydesk-cache", "results.bin");
        var written = File.GetLastWriteTimeUtc(cacheFile);
        File.SetLastWriteTimeUtc(cacheFile, written.AddHours(-1));

        Cli.Run(_folder, "check");
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(cacheFile));

        var moved = Directory.CreateTempSubdirectory("copydesk-moved-").FullName;
        try
        {
            foreach (var file in new[] { ".copydesk.yaml", "styles/acme.yaml", "docs/a.md", ".copydesk-cache/results.bin" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(moved, file))!);
                File.Copy(Path.Combine(_folder, file), Path.Combine(moved, file));
            }
            var warm = Cli.Run(moved, "check");

            Assert.Contains("(1 from cache)", warm.Error);
            Assert.Equal(cold.Out, warm.Out);
        }
        finally
        {
            Directory.Delete(moved, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_keeps_the_size_and_time_recorded_with_its_results_is_not_read_again()
    {
        var path = Path.Combine(_folder, "a.md");
        var settled = DateTime.UtcNow.AddHours(-1);
        File.WriteAllText(path, "# T\n\nSpace , here.\n");
        File.SetLastWriteTimeUtc(path, settled);
        var cold = Cli.Run(_folder, "check");
        // Same length, same time: as make and rsync would, the cache takes the file as it was.
        File.WriteAllText(path, "# T\n\nSpaces here ,\n");
        File.SetLastWriteTimeUtc(path, settled);
        var sameStamp = Cli.Run(_folder, "check");
        File.SetLastWriteTimeUtc(path, settled.AddSeconds(1));
        var newTime = Cli.Run(_folder, "check");

        Assert.Contains("a.md(3,6,3,8): info CD4002", cold.Out);
        Assert.Contains("(1 from cache)", sameStamp.Error);
        Assert.Equal(cold.Out, sameStamp.Out);
        Assert.DoesNotContain("from cache", newTime.Error);
        Assert.Contains("a.md(3,12,3,14): info CD4002", newTime.Out);
    }

    [Fact]
    public void The_stamps_a_run_used_are_kept_when_it_saves_what_it_learnt()
    {
        var path = Path.Combine(_folder, "a.md");
        var settled = DateTime.UtcNow.AddHours(-1);
        File.WriteAllText(path, "# T\n\nSpace , here.\n");
        File.SetLastWriteTimeUtc(path, settled);
        Cli.Run(_folder, "check");
        File.WriteAllText(Path.Combine(_folder, "b.md"), "# T\n\nClean.\n");
        var learning = Cli.Run(_folder, "check"); // a.md by its stamp; b.md is new, so the cache is written again
        // Same size and time: only a stamp that was kept serves a.md's old findings.
        File.WriteAllText(path, "# T\n\nSpaces here ,\n");
        File.SetLastWriteTimeUtc(path, settled);
        var after = Cli.Run(_folder, "check");

        Assert.Contains("(1 from cache)", learning.Error);
        Assert.Contains("(2 from cache)", after.Error);
        Assert.Contains("a.md(3,6,3,8): info CD4002", after.Out);
    }

    [Fact]
    public void A_file_written_just_before_a_run_is_read_again_even_with_the_same_size_and_time()
    {
        // Written within the file system clock's tick: a rewrite in the same tick would keep the time.
        var path = Path.Combine(_folder, "a.md");
        var written = DateTime.UtcNow.AddMinutes(1); // never settled, however slow the machine
        File.WriteAllText(path, "# T\n\nSpace , here.\n");
        File.SetLastWriteTimeUtc(path, written);
        var first = Cli.Run(_folder, "check");
        File.WriteAllText(path, "# T\n\nSpaces here ,\n");
        File.SetLastWriteTimeUtc(path, written);
        var second = Cli.Run(_folder, "check");

        Assert.Contains("a.md(3,6,3,8): info CD4002", first.Out);
        Assert.DoesNotContain("from cache", second.Error);
        Assert.Contains("a.md(3,12,3,14): info CD4002", second.Out);
    }

    [Fact]
    public void A_cache_from_another_engine_build_is_started_afresh()
    {
        File.WriteAllText(Path.Combine(_folder, "a.md"), "# T\n\nSpace , here.\n");
        var cacheFile = Path.Combine(_folder, ".copydesk-cache", "results.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
        using (var writer = new BinaryWriter(File.Create(cacheFile)))
        {
            writer.Write(5);                      // the format
            writer.Write("another-engine-build");  // whose results these are
            writer.Write(0);                      // configurations known to build cleanly
            writer.Write(1);                      // entries
            writer.Write("STALE-ENTRY-OF-THE-OTHER-BUILD");
            writer.Write(0);
        }

        var first = Cli.Run(_folder, "check");
        var second = Cli.Run(_folder, "check");

        Assert.DoesNotContain("from cache", first.Error);
        Assert.Contains("a.md(3,6,3,8): info CD4002", first.Out);
        Assert.Contains("(1 from cache)", second.Error);
        Assert.DoesNotContain("STALE-ENTRY", File.ReadAllText(cacheFile));
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
