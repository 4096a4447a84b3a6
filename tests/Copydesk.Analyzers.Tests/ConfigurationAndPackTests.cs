using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Copydesk.Analyzers.Tests;

/// <summary>
/// <c>.copydesk.yaml</c> and a repository's own rule packs reach the analyzer as YAML additional files:
/// pack rules travel under the carrier of their severity, configuration changes severities and excludes
/// files, and a broken configuration is a CD9005 diagnostic at its line, never a crash.
/// </summary>
public sealed class ConfigurationAndPackTests
{
    private const string Config = "packs: [styles/acme.yaml]\n";

    private const string Pack = """
        pack: acme
        rules:
          - id: Acme.Jargon
            type: existence
            message: Avoid the jargon "{match}".
            tokens: [leverage]
          - id: Acme.Banned
            type: existence
            severity: error
            tokens: [synergy]
          - id: Acme.Hedge
            type: existence
            severity: suggestion
            tokens: [arguably]
        """;

    [Fact]
    public async Task Pack_rules_are_reported_under_the_carrier_of_their_severity_with_their_id_in_the_message() =>
        await new AnalyzerTest(
            ("/repo/.copydesk.yaml", Config),
            ("/repo/styles/acme.yaml", Pack),
            ("/repo/docs/a.md", "# Plans\n\nWe leverage synergy, arguably.\n"))
        {
            ExpectedDiagnostics =
            {
                new DiagnosticResult("CD9101", DiagnosticSeverity.Warning).WithSpan("/repo/docs/a.md", 3, 4, 3, 12)
                    .WithArguments("[Acme.Jargon] Avoid the jargon \"leverage\"."),
                new DiagnosticResult("CD9102", DiagnosticSeverity.Error).WithSpan("/repo/docs/a.md", 3, 13, 3, 20)
                    .WithArguments("[Acme.Banned] Avoid \"synergy\"."),
                new DiagnosticResult("CD9103", DiagnosticSeverity.Info).WithSpan("/repo/docs/a.md", 3, 22, 3, 30)
                    .WithArguments("[Acme.Hedge] Avoid \"arguably\"."),
            },
        }.RunAsync();

    [Fact]
    public async Task Configuration_severity_moves_a_pack_rule_to_another_carrier_and_turns_a_built_in_rule_off() =>
        await new AnalyzerTest(
            ("/repo/.copydesk.yaml", Config + "rules:\n  Acme.Jargon: error\n  Acme.Banned: none\n  CD4002: none\n"),
            ("/repo/styles/acme.yaml", Pack),
            ("/repo/docs/a.md", "# Plans\n\nWe leverage synergy , today.\n"))
        {
            ExpectedDiagnostics =
            {
                new DiagnosticResult("CD9102", DiagnosticSeverity.Error).WithSpan("/repo/docs/a.md", 3, 4, 3, 12)
                    .WithArguments("[Acme.Jargon] Avoid the jargon \"leverage\"."),
            },
        }.RunAsync();

    [Fact]
    public async Task Configuration_applies_by_folder_and_excludes_files() =>
        await new AnalyzerTest(
            ("/repo/.copydesk.yaml", "exclude: [\"drafts/**\"]\n"),
            ("/repo/drafts/wip.md", "# Draft\n\nLei Jun , later.\n"),
            ("/repo/docs/.copydesk.yaml", "rules:\n  CD4002: warning\n"),
            ("/repo/docs/a.md", "# Done\n\nLei Jun{|#0: ,|} now.\n"),
            ("/repo/notes/b.md", "# Note\n\nLei Jun{|CD4002: ,|} then.\n"))
        {
            ExpectedDiagnostics =
            {
                new DiagnosticResult("CD4002", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Remove the space before \",\"."),
            },
        }.RunAsync();

    [Fact]
    public async Task A_broken_configuration_is_reported_at_its_line_and_the_articles_are_still_checked() =>
        await new AnalyzerTest(
            ("/repo/.copydesk.yaml", "packs: [styles/missing.yaml]\nrulez: {}\n"),
            ("/repo/docs/a.md", "# Done\n\nLei Jun{|CD4002: ,|} now.\n"))
        {
            ExpectedDiagnostics =
            {
                new DiagnosticResult("CD9005", DiagnosticSeverity.Error).WithSpan("/repo/.copydesk.yaml", 1, 9, 1, 9)
                    .WithMessage("Rule pack \"/repo/styles/missing.yaml\" does not exist."),
                new DiagnosticResult("CD9005", DiagnosticSeverity.Error).WithSpan("/repo/.copydesk.yaml", 2, 1, 2, 1)
                    .WithMessage("Unknown key \"rulez\" in .copydesk.yaml; expected root, include, exclude, packs, rules or vocabulary."),
            },
        }.RunAsync();
}
