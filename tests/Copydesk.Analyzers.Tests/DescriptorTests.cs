using Copydesk.Core.Diagnostics;
using Copydesk.Tests;
using RuleSet = Copydesk.Core.Engine.RuleSet;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using CopydeskDiagnostic = Copydesk.Core.Diagnostics.Diagnostic;

namespace Copydesk.Analyzers.Tests;

public sealed class DescriptorTests
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> Supported = new CopydeskAnalyzer().SupportedDiagnostics;

    [Fact]
    public void Every_engine_rule_is_supported_with_its_title_category_severity_and_help_link()
    {
        var engine = RuleSet.BuiltIn.Descriptors.Concat(ToolDescriptors.All).ToList();
        Assert.NotEmpty(engine);
        foreach (var rule in engine)
        {
            var descriptor = Assert.Single(Supported, d => d.Id == rule.Id);
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal("Copydesk." + rule.Category, descriptor.Category);
            Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.Equal(rule.DefaultSeverity switch
            {
                Severity.Error => DiagnosticSeverity.Error,
                Severity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            }, descriptor.DefaultSeverity);
        }
    }

    [Fact]
    public void Supported_ids_are_unique_and_each_has_a_doc_page()
    {
        Assert.Equal(Supported.Count, Supported.Select(d => d.Id).Distinct().Count());
        var docs = Path.Combine(RepositoryPaths.Root, "docs", "rules");
        // Pages of other branches' rules are checked by the rule-catalogue tests; the analyzer's own must exist.
        foreach (var id in new[] { "CD5001", "CD9101", "CD9102", "CD9103" })
            Assert.True(File.Exists(Path.Combine(docs, id + ".md")), $"docs/rules/{id}.md is missing");
    }

    [Fact]
    public void Release_tracking_lists_every_supported_id()
    {
        var root = Path.Combine(RepositoryPaths.Root, "src", "Copydesk.Analyzers");
        var tracked = File.ReadLines(Path.Combine(root, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadLines(Path.Combine(root, "AnalyzerReleases.Unshipped.md")))
            .Where(line => line.StartsWith("CD", StringComparison.Ordinal))
            .Select(line => line.Split('|')[0].Trim()).ToHashSet();
        var missing = Supported.Select(d => d.Id).Where(id => !tracked.Contains(id)).ToList();
        Assert.True(missing.Count == 0,
            "Add to src/Copydesk.Analyzers/AnalyzerReleases.Unshipped.md: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData(Severity.Warning, "CD9101", DiagnosticSeverity.Warning)]
    [InlineData(Severity.Error, "CD9102", DiagnosticSeverity.Error)]
    [InlineData(Severity.Suggestion, "CD9103", DiagnosticSeverity.Info)]
    public void A_pack_rule_travels_under_the_carrier_of_its_severity(Severity severity, string carrier, DiagnosticSeverity expected)
    {
        var text = SourceText.From("# Title\n\nWe leverage synergy.\n");
        var finding = new CopydeskDiagnostic("Acme.Jargon", severity, "Avoid \"leverage\".", "/docs/a.md", 12, 8, default);

        var diagnostic = CopydeskAnalyzer.ToRoslyn(finding, "/docs/a.md", text);

        Assert.Equal(carrier, diagnostic.Id);
        Assert.Equal(expected, diagnostic.Severity);
        Assert.Equal("[Acme.Jargon] Avoid \"leverage\".", diagnostic.GetMessage());
        Assert.Equal("Acme.Jargon", diagnostic.Properties[PackRuleCarriers.RuleIdProperty]);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/docs/a.md", span.Path);
        Assert.Equal(new LinePosition(2, 3), span.StartLinePosition);
        Assert.Equal(new LinePosition(2, 11), span.EndLinePosition);
        Assert.Contains(Supported, d => d.Id == carrier);
    }
}
