namespace Copydesk.Cli.Tests;

/// <summary>`.copydesk.yaml`, rule packs and baselines through `copydesk check`, and the rules/explain/init commands.</summary>
public sealed class ConfigurationCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copydesk-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private Cli.Result Check(params string[] args) => Cli.Run(_folder, ["check", .. args, "--no-cache", "--no-progress"]);

    [Fact]
    public void Severity_none_turns_a_rule_off_and_a_user_pack_adds_one()
    {
        Write(".copydesk.yaml", "rules:\n  CD2001: none\npacks: [styles/acme.yaml]\n");
        Write("styles/acme.yaml", "pack: acme\nrules:\n  - id: Acme.Synergy\n    type: existence\n    severity: error\n    tokens: [synergy]\n");
        Write("docs/a.md", "# Title\n\nAdvertisement We sell synergy.\n");

        var result = Check("docs");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("CD2001", result.Out);
        Assert.Contains("docs/a.md(3,23,3,30): error Acme.Synergy:", result.Out);
    }

    [Fact]
    public void Nearest_configuration_wins_over_its_parent()
    {
        Write(".copydesk.yaml", "rules:\n  CD3002: none\n");
        Write("docs/.copydesk.yaml", "rules:\n  CD3002: error\n");
        Write("a.md", "# Title\n\nWe use Github.\n");
        Write("docs/b.md", "# Title\n\nWe use Github.\n");

        var result = Check(".");

        Assert.DoesNotContain("a.md(", result.Out.Replace("docs/b.md(", ""));
        Assert.Contains("docs/b.md(3,8,3,14): error CD3002:", result.Out);
    }

    [Fact]
    public void Exclude_globs_skip_files()
    {
        Write(".copydesk.yaml", "exclude: [\"drafts/**\"]\n");
        Write("drafts/a.md", "# Title\n\nAdvertisement\n");
        Write("b.md", "# Title\n\nAll good.\n");

        var result = Check(".");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 file(s) checked", result.Error);
    }

    [Theory]
    [InlineData("rules: [unclosed\n", ".copydesk.yaml(2,1")]
    [InlineData("packs: [p.yaml]\n", "p.yaml(3,11")]
    [InlineData("packs: [r.yaml]\n", "r.yaml(4,16")]
    public void A_malformed_configuration_or_pack_exits_2_naming_file_line_and_column(string config, string where)
    {
        Write(".copydesk.yaml", config);
        Write("p.yaml", "rules:\n  - id: Acme.A\n    type: existance\n    tokens: [x]\n");
        Write("r.yaml", "rules:\n  - id: Acme.A\n    type: existence\n    patterns: ['(bad']\n");
        Write("a.md", "# Title\n\nFine.\n");

        var result = Check(".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(where, result.Out);
        Assert.Contains("error CD9005:", result.Out);
    }

    [Fact]
    public void Baseline_round_trip_reports_only_new_findings()
    {
        Write("a.md", "# Title\n\nAdvertisement It starts.\n\nWe use Github.\n");

        var written = Check(".", "--write-baseline", "copydesk-baseline.json");
        Assert.Equal(0, written.ExitCode);
        Assert.Contains("recorded 2 finding(s)", written.Error);

        var clean = Check(".", "--baseline", "copydesk-baseline.json");
        Assert.Equal(0, clean.ExitCode);
        Assert.Equal("", clean.Out);

        // Lines move and a new finding appears: only the new one is reported.
        Write("a.md", "# Title\n\nA new first paragraph.\n\nAdvertisement It starts.\n\nWe use Github and Youtube.\n");
        var after = Check(".", "--baseline", "copydesk-baseline.json");
        Assert.Equal(["a.md(7,19,7,26): warning CD3002: Use \"YouTube\" instead of \"Youtube\"."], after.Out.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Rules_lists_ids_categories_severities_and_sources()
    {
        Write(".copydesk.yaml", "packs: [acme.yaml]\nrules:\n  CD3002: suggestion\n");
        Write("acme.yaml", "pack: acme\nrules:\n  - id: Acme.Synergy\n    type: existence\n    tokens: [synergy]\n");

        var result = Cli.Run(_folder, "rules");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("CD2001") && l.Contains("placeholder") && l.Contains("error") && l.Contains("pack placeholders"));
        Assert.Contains(lines, l => l.StartsWith("CD3002") && l.Contains("suggestion") && l.Contains("pack preferred-spellings"));
        Assert.Contains(lines, l => l.StartsWith("CD1001") && l.Contains("built-in"));
        Assert.Contains(lines, l => l.StartsWith("Acme.Synergy") && l.Contains("pack acme"));
    }

    [Fact]
    public void Explain_prints_the_embedded_doc_page()
    {
        var result = Cli.Run(_folder, "explain", "CD2001");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules", "CD2001.md")), result.Out);
        Assert.Equal(2, Cli.Run(_folder, "explain", "CD0000").ExitCode);
    }

    [Fact]
    public void Init_writes_a_starter_configuration_that_loads_cleanly()
    {
        Assert.Equal(0, Cli.Run(_folder, "init").ExitCode);
        Assert.Equal(2, Cli.Run(_folder, "init").ExitCode);
        Write("a.md", "# Title\n\nFine.\n");

        var result = Check(".");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("CD9005", result.Out);
        Assert.Contains("root: true", File.ReadAllText(Path.Combine(_folder, ".copydesk.yaml")));
    }
}
