using Copydesk.Core.Packs;
using Copydesk.Core.Tests.Harness;

namespace Copydesk.Core.Tests.Packs;

/// <summary>
/// The shipped placeholder and spelling packs on kinds of defect and on the hard negatives beside
/// them (the sample article has its own test). Each fixture marks exactly what must be found.
/// </summary>
public sealed class ShippedPackTests
{
    private static readonly Copydesk.Core.Rules.IRule[] Rules = [.. ShippedPacks.Rules];

    /// <summary>Shipped patterns are trusted and first parsed when used: here every one of them is.</summary>
    [Fact]
    public void Every_shipped_pattern_is_a_valid_regex()
    {
        var patterns = ShippedPacks.Rules.SelectMany(r => r.Patterns).ToList();
        Assert.True(patterns.Count > 20);
        Assert.All(patterns, p => Assert.NotNull(p.Regex));
    }

    [Theory]
    [InlineData("Title\n\nThe car is fast.\n\n{|CD2001:ADVERTISEMENT|}\n\nIt is also cheap.\n")]
    [InlineData("Title\n\nThe car is fast. {|CD2001:Advertisement|} It is also cheap.\n")]
    [InlineData("Title\n\nThe car is fast.\n{|CD2001:Advertisement - Scroll to continue|}\nIt is also cheap.\n")]
    [InlineData("Title\n\n{|CD2001:advertisement|} The team won again.\n")]
    [InlineData("Title\n\nThe team won.{|CD2001:Advertisement|} The fans cheered.\n")]
    [InlineData("Title\n\n{|CD2001:Story continues below advertisement|}\n\nMore text.\n")]
    [InlineData("Title\n\nThe advertisement ran during the final.\n\nAdvertisement spending rose 5% this year.\n")]
    [InlineData("# Ads\n\n## Advertisement\n\nAn advertisement is a paid message. Use `Advertisement` as the label.\n")]
    public void Ad_markers(string fixture) => RuleAssert.Findings(fixture, fixture.StartsWith('#') ? "a.md" : "a.txt", Rules);

    [Theory]
    [InlineData("Title\n\nText.\n\n{|CD2002:Related Articles|}\n{|CD2002:How to cook rice|}\n{|CD2002:Best pans of 2024|}\n")]
    [InlineData("Title\n\nText.\n\n{|CD2002:Share this article|}\n{|CD2002:Facebook|}\n{|CD2002:Twitter|}\n")]
    [InlineData("Title\n\nText.\n\n{|CD2002:Facebook Twitter Pinterest Email|}\n")]
    [InlineData("Title\n\nText.\n\n{|CD2002:Sign up for our daily newsletter|}\n\n{|CD2002:Get the best reviews in your inbox every week.|}\n")]
    [InlineData("Title\n\nText.\n\n{|CD2002:Leave a Comment|}\n\n{|CD2002:Cancel reply|}\n")]
    [InlineData("Title\n\n{|CD2002:Skip to content|}\n\n{|CD2002:This website uses cookies to ensure you get the best experience.|}\n")]
    [InlineData("Title\n\nText.\n\n{|CD2002:Read more: The best budget phones of 2023|}\n\n{|CD2002:Tags: cars, EV, Tesla|}\n")]
    [InlineData("# Post\n\nText.\n\n## {|CD2002:Related Posts|}\n\n### {|CD2002:Subscribe to Updates|}\n")]
    [InlineData("Title\n\nShe shared the post and read more about it. He leads the Related Posts team.\n")]
    [InlineData("# API\n\n## Name\n\nThe name.\n\n## Related Articles\n\n## Share\n\n| Name | Comment |\n|---|---|\n| Name | x |\n")]
    [InlineData("Title\n\nText.\n\n{|CD2002:About Us | Contact | Privacy Policy | Terms of Service|}\n\n{|CD2002:Home » News » Cars|}\n")]
    [InlineData("# Docs\n\nSelect Home > Settings > Privacy. Contact, Privacy and Terms are links.\n\nPrint the page.\n")]
    public void Widget_residue(string fixture) => RuleAssert.Findings(fixture, fixture.StartsWith('#') ? "a.md" : "a.txt", Rules);

    [Theory]
    [InlineData("Title\n\nThe CEO said {|CD2003:TK|} about the merger, and {|CD2003:[INSERT QUOTE]|}.\n")]
    [InlineData("Title\n\nWritten by {|CD2003:{{author_name}}|} on {|CD2003:%%date%%|}.\n")]
    [InlineData("Title\n\n{|CD2003:Lorem ipsum dolor sit amet|}, consectetur.\n")]
    [InlineData("Title\n\n{|CD2003:Get the latest creative news from SmartMag about art & design.|}\n")]
    [InlineData("---\ntitle: Review\nauthor: \"{|CD2003:{{author}}|}\"\n---\n\n# Review\n\nText.\n")]
    [InlineData("Title\n\nThe TK Elevator company and TK Maxx reported profits.\n")]
    [InlineData("# Layouts\n\nUse `{{author}}` in your layout.\n\n```\n{{title}} Lorem ipsum TK\n```\n")]
    [InlineData("# Layouts\n\nIn a Handlebars template, {{author}} stands for the name and [INSERT QUOTE] for a quote.\n")]
    public void Template_placeholders(string fixture) => RuleAssert.Findings(fixture, fixture.StartsWith('#') || fixture.StartsWith('-') ? "a.md" : "a.txt", Rules);

    [Theory]
    [InlineData("Title\n\nOn {|CD3002:Iphone|}, {|CD3002:Youtube|}, {|CD3002:Linkedin|} and {|CD3002:Paypal|}, in {|CD3002:Javascript|}.\n")]
    [InlineData("Title\n\nA {|CD3002:Mercedes Benz|} and a {|CD3002:Rolls Royce|} on {|CD3002:Whatsapp|}.\n")]
    [InlineData("# Guide\n\nUse GitHub, JavaScript, iPhone and DXOMARK. See github.com, my_Github, `Github` and [the site](https://Github.com).\n")]
    public void Preferred_spellings(string fixture) => RuleAssert.Findings(fixture, fixture.StartsWith('#') ? "a.md" : "a.txt", Rules);
}
