using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Copydesk.Analyzers.Tests;

public sealed class CopydeskAnalyzerTests
{
    [Fact]
    public async Task Reports_findings_at_their_place_in_a_markdown_additional_file() =>
        await new AnalyzerTest(("/docs/intro.md", """
            # Intro

            The CEO, Lei Jun{|CD4002: ,|} said so.

            ```csharp
            var total = {|CD5001:;|}
            ```
            """)).RunAsync();

    [Fact]
    public async Task Reports_with_the_rule_message_line_and_column() =>
        await new AnalyzerTest(("/docs/intro.md", "# Intro\n\n```cs\nint x = 1\n```\n"))
        {
            ExpectedDiagnostics =
            {
                new DiagnosticResult("CD5001", DiagnosticSeverity.Warning)
                    .WithSpan("/docs/intro.md", 4, 10, 4, 10)
                    .WithArguments("C# snippet does not parse: ; expected (CS1002)."),
            },
        }.RunAsync();

    [Fact]
    public async Task Checks_text_files_and_leaves_other_additional_files_alone() =>
        await new AnalyzerTest(
            ("/notes/story.txt", "Headline\n\nLei Jun{|CD4002: ,|} this.\n"),
            ("/config/settings.json", "{ \"a\" , \"b\" }"),
            ("/docs/clean.markdown", "# Clean\n\nNothing to say here.\n")).RunAsync();

    [Fact]
    public async Task Reports_nothing_for_clean_articles() =>
        await new AnalyzerTest(("/docs/clean.md", """
            # Clean

            Lei Jun, the CEO, said so. Use .NET here.

            ```csharp
            Console.WriteLine("fine");
            ```
            """)).RunAsync();

    [Fact]
    public async Task A_globalconfig_severity_of_none_silences_that_id_only()
    {
        var test = new AnalyzerTest(("/docs/intro.md", """
            # Intro

            The CEO, Lei Jun , said so.

            ```csharp
            var total = {|CD5001:;|}
            ```
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.CD4002.severity = none\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_sections_do_not_reach_diagnostics_in_additional_files()
    {
        // dotnet/roslyn#31916: section options apply to source files only, which is why the README says .globalconfig.
        var test = new AnalyzerTest(("/docs/intro.md", "# Intro\n\nThe CEO, Lei Jun{|CD4002: ,|} said so.\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.CD4002.severity = none\n\n[*.md]\ndotnet_diagnostic.CD4002.severity = none\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_globalconfig_severity_raises_a_suggestion_to_an_error()
    {
        var test = new AnalyzerTest(("/docs/intro.md", "# Intro\n\nThe CEO, Lei Jun , said so.\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.CD4002.severity = error\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CD4002", DiagnosticSeverity.Error).WithSpan("/docs/intro.md", 3, 17, 3, 19)
            .WithArguments("Remove the space before \",\"."));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_failure_to_start_becomes_one_diagnostic_instead_of_a_crash() =>
        await new FailingSetupTest(("/docs/intro.md", "# Intro\n\nThe CEO, Lei Jun , said so.\n"))
        {
            ExpectedDiagnostics =
            {
                new DiagnosticResult("CD9004", DiagnosticSeverity.Error)
                    .WithNoLocation()
                    .WithArguments("Copydesk could not start: InvalidDataException: pack broken"),
            },
        }.RunAsync();

    private sealed class FailingSetupTest : CSharpAnalyzerTest<CopydeskAnalyzer, DefaultVerifier>
    {
        public FailingSetupTest(params (string Path, string Text)[] additionalFiles)
        {
            TestState.Sources.Add("public static class Program { public static void Main() { } }");
            foreach (var file in additionalFiles) TestState.AdditionalFiles.Add(file);
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            [new CopydeskAnalyzer((_, _) => throw new InvalidDataException("pack broken"))];
    }
}
