using Copydesk.Core.Configuration;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Tests.Configuration;

/// <summary>Configuration search and merge, through the in-memory source the analyzer uses.</summary>
public sealed class ConfigurationResolverTests
{
    private static ConfigurationResolver Resolver(params (string Path, string Text)[] files) =>
        new(new InMemoryConfigFileSource(files.Select(f => new KeyValuePair<string, string>(f.Path, f.Text))));

    private static Severity SeverityOf(EffectiveConfiguration config, string id) =>
        config.Rules.Entries.Single(e => e.Rule.Descriptor.Id == id).Severity;

    [Fact]
    public void Without_configuration_the_defaults_apply()
    {
        var config = Resolver().Resolve("/repo/docs/a.md");
        Assert.False(config.IsExcluded);
        Assert.Equal(Severity.Error, SeverityOf(config, "CD2001"));
        Assert.Empty(config.ConfigFiles);
    }

    [Fact]
    public void Nearest_wins_and_parents_fill_in()
    {
        var resolver = Resolver(
            ("/repo/.copydesk.yaml", "rules:\n  CD2001: warning\n  CD3002: none\nvocabulary:\n  accept: [DxOMark]\n"),
            ("/repo/docs/.copydesk.yaml", "rules:\n  CD2001: suggestion\nvocabulary:\n  accept: [Github]\n"));

        var nested = resolver.Resolve("/repo/docs/guide/a.md");
        Assert.Equal(["/repo/.copydesk.yaml", "/repo/docs/.copydesk.yaml"], nested.ConfigFiles);
        Assert.Equal(Severity.Suggestion, SeverityOf(nested, "CD2001"));
        Assert.Equal(Severity.None, SeverityOf(nested, "CD3002"));
        Assert.Equal(["DxOMark", "Github"], nested.Rules.AcceptedTerms);

        var top = resolver.Resolve("/repo/b.md");
        Assert.Equal(Severity.Warning, SeverityOf(top, "CD2001"));
        Assert.Empty(resolver.Errors);
    }

    [Fact]
    public void Root_stops_the_walk_up()
    {
        var resolver = Resolver(
            ("/repo/.copydesk.yaml", "rules:\n  CD3002: none\n"),
            ("/repo/site/.copydesk.yaml", "root: true\nrules:\n  CD2001: warning\n"));
        var config = resolver.Resolve("/repo/site/a.md");
        Assert.Equal(["/repo/site/.copydesk.yaml"], config.ConfigFiles);
        Assert.Equal(Severity.Warning, SeverityOf(config, "CD3002"));
    }

    [Fact]
    public void Include_and_exclude_are_relative_to_their_file()
    {
        var resolver = Resolver(
            ("/repo/.copydesk.yaml", "include: [\"docs/**\"]\nexclude: [\"*.draft.md\"]\n"),
            ("/repo/docs/api/.copydesk.yaml", "exclude: [generated]\n"));
        Assert.False(resolver.Resolve("/repo/docs/a.md").IsExcluded);
        Assert.True(resolver.Resolve("/repo/blog/a.md").IsExcluded);
        Assert.True(resolver.Resolve("/repo/docs/deep/x.draft.md").IsExcluded);
        Assert.True(resolver.Resolve("/repo/docs/api/generated/y.md").IsExcluded);
        Assert.False(resolver.Resolve("/repo/docs/api/z.md").IsExcluded);
    }

    [Fact]
    public void Packs_load_from_files_and_folders_with_options()
    {
        var resolver = Resolver(
            ("/repo/.copydesk.yaml", "packs: [styles]\nrules:\n  Acme.Synergy:\n    severity: error\n    options: { limit: 3 }\n"),
            ("/repo/styles/a.yaml", "id: Acme.Synergy\ntype: existence\ntokens: [synergy]\n"),
            ("/repo/styles/b.yml", "id: Acme.Leverage\ntype: existence\ntokens: [leverage]\n"));
        var config = resolver.Resolve("/repo/a.md");
        var entry = config.Rules.Entries.Single(e => e.Rule.Descriptor.Id == "Acme.Synergy");
        Assert.Equal(Severity.Error, entry.Severity);
        Assert.True(entry.Options.TryGet("limit", out var limit) && (string?)limit == "3");
        Assert.Contains(config.Rules.Descriptors, d => d.Id == "Acme.Leverage" && d.Source == "b");
        var found = config.Linter.Check("/repo/a.md", "# T\n\nWe leverage synergy.\n");
        Assert.Equal(["Acme.Leverage", "Acme.Synergy"], found.Select(d => d.RuleId));
    }

    [Fact]
    public void Accepted_terms_silence_naming_rules_only()
    {
        var config = Resolver(("/repo/.copydesk.yaml", "vocabulary:\n  accept: [Github, Advertisement]\n")).Resolve("/repo/a.md");
        var found = config.Linter.Check("/repo/a.md", "# T\n\nAdvertisement We use Github and Youtube.\n");
        Assert.Equal(["CD2001", "CD3002"], found.Select(d => d.RuleId));
        Assert.Equal("Youtube", found[1].MatchedText);
    }

    [Fact]
    public void Problems_become_errors_with_positions_and_never_throw()
    {
        var resolver = Resolver(
            ("/repo/.copydesk.yaml", "packs: [missing.yaml, bad.yaml]\nrules:\n  CD2001: loud\n  CD7777: none\nextra: 1\n"),
            ("/repo/bad.yaml", "id: Acme.X\ntype: existence\npatterns: ['(']\n"));
        var config = resolver.Resolve("/repo/a.md");

        Assert.Equal(Severity.Error, SeverityOf(config, "CD2001"));
        var errors = resolver.Errors.Select(e => (e.FilePath, e.Line, e.Column)).ToList();
        Assert.Contains(("/repo/.copydesk.yaml", 1, 9), errors);   // missing pack
        Assert.Contains(("/repo/.copydesk.yaml", 3, 11), errors);  // unknown severity
        Assert.Contains(("/repo/.copydesk.yaml", 4, 3), errors);   // unknown rule
        Assert.Contains(("/repo/.copydesk.yaml", 5, 1), errors);   // unknown key
        Assert.Contains(("/repo/bad.yaml", 3, 12), errors);        // invalid pattern
        Assert.All(resolver.ErrorDiagnostics, d => Assert.Equal("CD9005", d.RuleId));
    }

    [Fact]
    public void An_explicit_configuration_replaces_the_search()
    {
        var resolver = new ConfigurationResolver(new InMemoryConfigFileSource([
            new("/repo/.copydesk.yaml", "rules:\n  CD2001: none\n"),
            new("/etc/copydesk.yaml", "rules:\n  CD2001: suggestion\n"),
        ]), "/etc/copydesk.yaml");
        Assert.Equal(Severity.Suggestion, SeverityOf(resolver.Resolve("/repo/a.md"), "CD2001"));
    }

    [Fact]
    public void Identity_is_empty_without_configuration_and_shared_by_a_folder()
    {
        var resolver = Resolver(("/repo/docs/.copydesk.yaml", "rules:\n  CD2001: none\n"));
        Assert.Equal("", resolver.ConfigurationIdentity("/repo/a.md"));
        Assert.Same(resolver.ConfigurationIdentity("/repo/docs/a.md"), resolver.ConfigurationIdentity("/repo/docs/b.md"));
    }

    [Theory]
    [InlineData("/repo/.copydesk.yaml", "rules:\n  CD2001: warning\npacks: [styles]\n")]
    [InlineData("/repo/docs/.copydesk.yaml", "root: false\n")]
    [InlineData("/repo/styles/acme.yaml", "pack: acme\nrules:\n  - id: Acme.B\n    type: existence\n    tokens: [b]\n")]
    [InlineData("/repo/styles/more.yaml", "pack: more\nrules: []\n")]
    public void Identity_changes_with_any_configuration_or_pack_text(string path, string changed)
    {
        (string, string)[] files =
        [
            ("/repo/.copydesk.yaml", "rules:\n  CD2001: none\npacks: [styles]\n"),
            ("/repo/styles/acme.yaml", "pack: acme\nrules:\n  - id: Acme.A\n    type: existence\n    tokens: [a]\n"),
        ];
        var before = Resolver(files).ConfigurationIdentity("/repo/docs/a.md");
        var after = Resolver([.. files.Where(f => f.Item1 != path), (path, changed)]).ConfigurationIdentity("/repo/docs/a.md");
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Identity_is_the_same_for_a_checkout_moved_elsewhere()
    {
        (string, string)[] Files(string root) =>
        [
            ($"{root}/.copydesk.yaml", "packs: [styles/acme.yaml]\n"),
            ($"{root}/styles/acme.yaml", "pack: acme\nrules: []\n"),
        ];
        Assert.Equal(Resolver(Files("/a/repo")).ConfigurationIdentity("/a/repo/docs/x.md"),
            Resolver(Files("/b/clone")).ConfigurationIdentity("/b/clone/docs/x.md"));
    }

    [Fact]
    public void Identity_and_exclusion_are_known_without_building_any_rule()
    {
        var rulesBuilt = false;
        IEnumerable<Copydesk.Core.Rules.IRule> BuiltIn()
        {
            rulesBuilt = true;
            yield break;
        }
        var resolver = new ConfigurationResolver(new InMemoryConfigFileSource([
            new("/repo/.copydesk.yaml", "exclude: [\"drafts/**\"]\npacks: [acme.yaml]\n"),
            new("/repo/acme.yaml", "pack: acme\nrules: []\n"),
        ]), builtIn: BuiltIn());

        Assert.NotEqual("", resolver.ConfigurationIdentity("/repo/docs/a.md"));
        Assert.True(resolver.IsExcluded("/repo/drafts/a.md"));
        Assert.False(resolver.IsExcluded("/repo/docs/a.md"));
        Assert.False(rulesBuilt);
        Assert.True(resolver.Resolve("/repo/drafts/a.md").IsExcluded);
        Assert.True(rulesBuilt);
    }

    [Fact]
    public void A_pack_problem_belongs_to_every_configuration_that_uses_the_pack()
    {
        var resolver = Resolver(
            ("/repo/.copydesk.yaml", "packs: [bad.yaml]\n"),
            ("/repo/docs/.copydesk.yaml", "root: true\npacks: [../bad.yaml]\n"),
            ("/repo/bad.yaml", "rules:\n  - id: Acme.A\n    type: existence\n    patterns: ['(bad']\n"));
        Assert.Contains(resolver.Resolve("/repo/a.md").Errors, e => e.FilePath == "/repo/bad.yaml");
        Assert.Contains(resolver.Resolve("/repo/docs/a.md").Errors, e => e.FilePath == "/repo/bad.yaml");
    }
}
