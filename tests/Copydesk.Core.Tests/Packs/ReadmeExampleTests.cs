using System.Text.RegularExpressions;
using Copydesk.Core.Configuration;
using Copydesk.Core.Packs;

namespace Copydesk.Core.Tests.Packs;

/// <summary>The README's configuration and pack examples load without a single error, so the docs cannot drift.</summary>
public sealed class ReadmeExampleTests
{
    private static string FirstYamlBlock(string heading, string nextHeading)
    {
        var readme = File.ReadAllText(Path.Combine(Copydesk.Tests.RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf(heading, StringComparison.Ordinal)..readme.IndexOf(nextHeading, StringComparison.Ordinal)];
        return Regex.Match(section, "```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
    }

    [Fact]
    public void Pack_example_loads_every_rule()
    {
        var errors = new List<ConfigurationError>();
        var pack = RulePackLoader.Load("README.yaml", FirstYamlBlock("### Rule packs", "### Suppressions"), shipped: false, errors);
        Assert.Empty(errors);
        Assert.Equal(6, pack.Rules.Count);
        Assert.Equal(["existence", "substitution", "consistency", "boilerplate", "conditional"],
            new[] { "existence", "substitution", "consistency", "boilerplate", "conditional" }
                .Where(t => pack.Rules.Any(r => r.GetType().Name.StartsWith(t, StringComparison.OrdinalIgnoreCase))));
    }

    [Fact]
    public void Configuration_example_parses()
    {
        var errors = new List<ConfigurationError>();
        var config = ConfigFileParser.Parse("/repo/.copydesk.yaml", FirstYamlBlock("### `.copydesk.yaml`", "### Rule packs"), errors);
        Assert.Empty(errors);
        Assert.True(config.IsRoot);
        Assert.Equal(["DxOMark", "Contoso"], config.AcceptedTerms);
    }
}
