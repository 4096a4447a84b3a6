using Copydesk.Core.Diagnostics;
using static Copydesk.Core.Tests.Packs.PackTestSupport;

namespace Copydesk.Core.Tests.Packs;

/// <summary>A broken pack is reported with file, line and column, and never throws.</summary>
public sealed class PackErrorTests
{
    [Fact]
    public void Bad_yaml_names_the_line_and_column()
    {
        var error = Assert.Single(Errors("rules:\n  - id: Acme.A\n    type: existence\n    tokens: [a, b\n"));
        Assert.Equal("/repo/styles/bad.yaml", error.FilePath);
        Assert.StartsWith("Invalid YAML", error.Message);
        Assert.True(error.Line >= 4, error.ToString());
    }

    [Fact]
    public void Unknown_rule_type_points_at_the_type()
    {
        var error = Assert.Single(Errors("rules:\n  - id: Acme.A\n    type: existance\n    tokens: [a]\n"));
        Assert.Equal((3, 11), (error.Line, error.Column));
        Assert.Contains("Unknown rule type \"existance\"", error.Message);
    }

    [Fact]
    public void Invalid_regex_points_at_the_pattern()
    {
        var error = Assert.Single(Errors("rules:\n  - id: Acme.A\n    type: existence\n    patterns:\n      - 'ok'\n      - '(unclosed'\n"));
        Assert.Equal((6, 9), (error.Line, error.Column));
        Assert.Contains("Invalid pattern", error.Message);
    }

    [Fact]
    public void User_packs_may_not_take_copydesk_ids()
    {
        var error = Assert.Single(Errors("id: CD2001\ntype: existence\ntokens: [x]\n"));
        Assert.Contains("reserved", error.Message);
    }

    [Fact]
    public void Unknown_keys_and_missing_parts_are_reported_and_valid_rules_still_load()
    {
        var errors = new List<Copydesk.Core.Configuration.ConfigurationError>();
        var pack = Copydesk.Core.Packs.RulePackLoader.Load("/p.yaml", """
            rules:
              - id: Acme.Good
                type: existence
                tokens: [x]
              - id: Acme.Typo
                type: existence
                tokenz: [x]
              - id: Acme.Empty
                type: substitution
            """, shipped: false, errors);
        Assert.Equal(["Acme.Good"], pack.Rules.Select(r => r.Descriptor.Id));
        Assert.Contains(errors, e => e.Line == 7 && e.Message.Contains("tokenz"));
        Assert.Contains(errors, e => e.Message.Contains("needs a \"swap\""));
    }

    [Fact]
    public void Errors_become_cd9005_diagnostics_at_their_position()
    {
        var error = Errors("rules:\n  - id: Acme.A\n    type: nope\n")[0];
        var diagnostic = error.ToDiagnostic();
        Assert.Equal("CD9005", diagnostic.RuleId);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("/repo/styles/bad.yaml", diagnostic.FilePath);
        Assert.Equal(new SourceRange(3, 11, 3, 11), diagnostic.Range);
    }
}
