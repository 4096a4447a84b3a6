using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Copydesk.Core.Tests.Harness;
using static Copydesk.Core.Tests.Packs.PackTestSupport;

namespace Copydesk.Core.Tests.Packs;

public sealed class RuleTypeTests
{
    [Fact]
    public void Existence_finds_tokens_and_pattern_groups_in_prose_only()
    {
        var rules = Load("""
            pack: acme
            rules:
              - id: Acme.Weasel
                type: existence
                message: Avoid "{match}".
                ignorecase: true
                tokens: [very, quite frankly]
              - id: Acme.Ticket
                type: existence
                patterns: ['[Ss]ee (?<match>JIRA-\d+)']
            """);
        RuleAssert.Findings("""
            # Title

            It is {|Acme.Weasel:Very|} good and, {|Acme.Weasel:quite frankly|}, everywhere. See {|Acme.Ticket:JIRA-12|}.

            Use `very` in code, and avoid every "veryfine" word.

            ```
            very
            ```
            """, rules);
    }

    [Fact]
    public void Existence_unless_leaves_matching_documents_alone()
    {
        var rules = Load("""
            id: Acme.Token
            type: existence
            patterns: ['\{\{\w+\}\}']
            unless: ['\btemplates?\b']
            """);
        RuleAssert.Findings("# Post\n\nWritten by {|Acme.Token:{{author}}|}.\n", rules);
        RuleAssert.Findings("# Layouts\n\nA template shows {{author}} where the name goes.\n", rules);
    }

    [Fact]
    public void Existence_rule_describes_itself_with_its_pack()
    {
        var rule = Load("""
            pack: acme
            severity: suggestion
            rules:
              - id: Acme.Weasel
                type: existence
                title: Weasel words
                link: https://example.org/weasel
                category: naming
                tokens: [very]
            """).Single();
        Assert.Equal("acme", rule.Descriptor.Source);
        Assert.Equal(Severity.Suggestion, rule.Descriptor.DefaultSeverity);
        Assert.Equal(RuleCategory.Naming, rule.Descriptor.Category);
        Assert.Equal("https://example.org/weasel", rule.Descriptor.HelpUri);
        var found = new Linter(RuleSet.FromRules([rule])).Check("a.md", "# T\n\nA very good day.\n").Single();
        Assert.Equal("Avoid \"very\".", found.Message);
    }

    [Fact]
    public void Substitution_prefers_spelling_and_skips_identifiers_and_urls()
    {
        var rules = Load("""
            id: Acme.Brand
            type: substitution
            fix: replace
            swap: { Github: GitHub, Javascript: JavaScript }
            """);
        RuleAssert.Findings("""
            # On {|Acme.Brand:Github|}

            We host {|Acme.Brand:Javascript|} on {|Acme.Brand:Github|}. GitHub is fine; so is github.com,
            [the site](https://Github.com/x), `Github`, my_Github and Github.io.
            """, rules);
    }

    [Fact]
    public void Substitution_offers_the_preferred_spelling_as_fix()
    {
        var rule = Load("id: Acme.Brand\ntype: substitution\nfix: replace\nswap: { Paypal: PayPal }\n").Single();
        var found = new Linter(RuleSet.FromRules([rule])).Check("a.txt", "Title\n\nPay with Paypal today.\n").Single();
        Assert.Equal("Use \"PayPal\" instead of \"Paypal\".", found.Message);
        Assert.Equal([new TextEdit(16, 6, "PayPal")], found.Fix);
    }

    [Fact]
    public void Consistency_reports_spellings_other_than_the_first()
    {
        var rules = Load("""
            id: Acme.Spelling
            type: consistency
            sets:
              - [Wi-Fi, WiFi, Wifi]
              - [e-mail, email]
            """);
        RuleAssert.Findings("""
            # Setup

            Join the Wi-Fi network, then send an email. The {|Acme.Spelling:WiFi|} password is in the
            same {|Acme.Spelling:e-mail|}; Wi-Fi again is fine.
            """, rules);
    }

    [Fact]
    public void Boilerplate_matches_whole_lines_and_patterns()
    {
        var rules = Load("""
            id: Acme.Residue
            type: boilerplate
            lines: [Related Posts, Leave a Reply]
            patterns: ['\d+ comments']
            """);
        RuleAssert.Findings("""
            Title

            The story ends here. Related posts were not mentioned.

            {|Acme.Residue:Related Posts|}
            {|Acme.Residue:LEAVE A REPLY:|}

            {|Acme.Residue:12 Comments|}
            """, "article.txt", rules);
    }

    [Fact]
    public void Boilerplate_list_headers_take_their_titles_and_paragraph_lines_skip_headings_and_tables()
    {
        var rules = Load("""
            id: Acme.Residue
            type: boilerplate
            scope: [paragraph, heading]
            list_headers: [Related Posts]
            paragraph_lines: [Share, Name]
            """);
        RuleAssert.Findings("""
            # Title

            ## Share

            | Name | Value |
            |------|-------|
            | Name | 1     |

            {|Acme.Residue:Share|}

            {|Acme.Residue:Related Posts|}
            {|Acme.Residue:Acme opens a new studio in Lisbon|}
            {|Acme.Residue:10 things we learned at the show|}
            This one is a sentence, so it stays.
            """, rules);
    }

    [Fact]
    public void Conditional_needs_the_second_pattern_in_the_same_sentence()
    {
        var rules = Load("""
            id: Acme.VideoLink
            type: conditional
            within: sentence
            first: ['\b(?<match>video)\b']
            second: ['https?://', '\bon YouTube\b']
            """);
        RuleAssert.Findings("""
            # Claims

            He said so in a {|Acme.VideoLink:video|}. He said so in a [video](https://example.org/v). The video on YouTube agrees.
            """, rules);
    }

    [Fact]
    public void Scope_limits_rules_to_the_chosen_blocks()
    {
        var rules = Load("""
            id: Acme.TitleWord
            type: existence
            scope: [headline, front-matter]
            tokens: [Draft]
            """);
        RuleAssert.Findings("""
            ---
            title: {|Acme.TitleWord:Draft|} notes
            status: {|Acme.TitleWord:Draft|}
            ---

            ## Draft

            A Draft paragraph.
            """, rules);
    }
}
