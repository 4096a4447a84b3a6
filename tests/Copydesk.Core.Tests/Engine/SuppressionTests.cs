using Copydesk.Core.Engine;

namespace Copydesk.Core.Tests.Engine;

/// <summary>Every in-file suppression form, on the shipped rules.</summary>
public sealed class SuppressionTests
{
    private static List<(string Id, int Line)> Check(string markdown) =>
        Linter.Default.Check("a.md", markdown)
            .Where(d => d.RuleId is "CD2001" or "CD3002")
            .Select(d => (d.RuleId, d.Range.StartLine)).ToList();

    [Fact]
    public void Disable_and_enable_cover_a_range()
    {
        var found = Check("""
            # T

            <!-- copydesk-disable CD2001 -->
            Advertisement We use Github.
            <!-- copydesk-enable CD2001 -->

            Advertisement Again.
            """);
        Assert.Equal([("CD3002", 4), ("CD2001", 7)], found);
    }

    [Fact]
    public void Bare_disable_covers_every_rule_until_enable()
    {
        var found = Check("# T\n\n<!-- copydesk-disable -->\nAdvertisement We use Github.\n<!-- copydesk-enable -->\n\nWe use Github.\n");
        Assert.Equal([("CD3002", 7)], found);
    }

    [Fact]
    public void Enable_with_ids_reopens_only_those_after_a_bare_disable()
    {
        var found = Check("# T\n\n<!-- copydesk-disable -->\n<!-- copydesk-enable CD3002 -->\nAdvertisement We use Github.\n");
        Assert.Equal([("CD3002", 5)], found);
    }

    [Fact]
    public void Disable_next_line_covers_one_line()
    {
        var found = Check("# T\n\n<!-- copydesk-disable-next-line CD3002 -->\nWe use Github.\nWe use Github.\n");
        Assert.Equal([("CD3002", 5)], found);
    }

    [Fact]
    public void Disable_file_covers_the_whole_file_wherever_it_stands()
    {
        var found = Check("# T\n\nAdvertisement We use Github.\n\n<!-- copydesk-disable-file CD2001 -->\n");
        Assert.Equal([("CD3002", 3)], found);
    }

    [Fact]
    public void Directives_in_code_are_examples()
    {
        var found = Check("# T\n\n```\n<!-- copydesk-disable-file -->\n```\n\nUse `<!-- copydesk-disable-file -->` like so. We use Github.\n");
        Assert.Equal([("CD3002", 7)], found);
    }
}
