using System.Text;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Copydesk.Tests;

namespace Copydesk.Core.Tests.Rules;

/// <summary>
/// Every rule is findable by its ID: unique, documented in docs/rules/ID.md, linked from its
/// descriptor, in the right ID range for its category, and listed in the README's rule table
/// (regenerated from the descriptors with COPYDESK_UPDATE_GOLDEN=1).
/// </summary>
public sealed class RuleCatalogTests
{
    private static readonly IReadOnlyList<RuleDescriptor> Descriptors =
        [.. RuleSet.BuiltIn.Descriptors, .. ToolDescriptors.All];

    public static TheoryData<string> Ids => new(Descriptors.Select(d => d.Id));

    [Fact]
    public void Ids_are_unique() =>
        Assert.Empty(Descriptors.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_has_its_doc_page_and_help_link(string id)
    {
        var descriptor = Descriptors.First(d => d.Id == id);
        var page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");

        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        Assert.StartsWith($"# {id}: ", File.ReadLines(page).First());
        Assert.Equal(RuleDescriptor.HelpBase + id + ".md", descriptor.HelpUri);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_lies_in_its_categorys_range(string id)
    {
        var prefix = Descriptors.First(d => d.Id == id).Category switch
        {
            RuleCategory.Attribution => "CD10",
            RuleCategory.Sourcing => "CD11",
            RuleCategory.Placeholder => "CD20",
            RuleCategory.Naming => "CD30",
            RuleCategory.Hygiene => "CD40",
            RuleCategory.Snippet => "CD50",
            RuleCategory.Tool => "CD9",
            _ => "",
        };
        Assert.StartsWith(prefix, id);
    }

    [Fact]
    public void Readme_rule_table_matches_the_descriptors()
    {
        const string start = "<!-- rules:start -->", end = "<!-- rules:end -->";
        var readmePath = Path.Combine(RepositoryPaths.Root, "README.md");
        var readme = File.ReadAllText(readmePath).ReplaceLineEndings("\n");
        var table = new StringBuilder("\n| ID | rule | category | default severity |\n|---|---|---|---|\n");
        foreach (var d in Descriptors.OrderBy(d => d.Id, StringComparer.Ordinal))
            table.Append($"| [{d.Id}](docs/rules/{d.Id}.md) | {d.Title} | {d.Category.ToString().ToLowerInvariant()} | {d.DefaultSeverity.ToName()} |\n");

        var from = readme.IndexOf(start, StringComparison.Ordinal);
        var to = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "README.md needs the markers " + start + " and " + end);
        var expected = readme[..(from + start.Length)] + table + readme[to..];
        if (Environment.GetEnvironmentVariable("COPYDESK_UPDATE_GOLDEN") == "1") File.WriteAllText(readmePath, expected);
        else Assert.True(expected == readme,
            "The README rule table is out of date: run COPYDESK_UPDATE_GOLDEN=1 dotnet test tests/Copydesk.Core.Tests and commit README.md.");
    }
}
