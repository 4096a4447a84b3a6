using System.Collections.Immutable;
using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using CopydeskDiagnostic = Copydesk.Core.Diagnostics.Diagnostic;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace Copydesk.Analyzers;

/// <summary>
/// Runs the Copydesk engine on every Markdown and text file the project passes as <c>AdditionalFiles</c>
/// and reports each finding at its place in that file. Holds no rule logic: it only turns additional
/// files into engine input and engine diagnostics into compiler diagnostics.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CopydeskAnalyzer : DiagnosticAnalyzer
{
    private readonly Func<ImmutableArray<AdditionalText>, CancellationToken, AnalyzerSetup> _createSetup;

    public CopydeskAnalyzer()
        : this(AnalyzerSetup.Create)
    {
    }

    internal CopydeskAnalyzer(Func<ImmutableArray<AdditionalText>, CancellationToken, AnalyzerSetup> createSetup) =>
        _createSetup = createSetup;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        AnalyzerSetup setup;
        try
        {
            setup = _createSetup(context.Options.AdditionalFiles, context.CancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without a setup no file can be checked: say so once for the compilation instead of failing it (AD0001).
            var failed = ToolDescriptors.RuleFailed;
            var message = $"Copydesk could not start: {ex.GetType().Name}: {ex.Message}";
            context.RegisterCompilationEndAction(end => end.ReportDiagnostic(
                RoslynDiagnostic.Create(DiagnosticDescriptors.Find(failed.Id)!, Location.None, message)));
            return;
        }
        context.RegisterAdditionalFileAction(file => AnalyzeFile(file, setup));
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, AnalyzerSetup setup)
    {
        var file = context.AdditionalFile;
        SourceText? text = null;
        try
        {
            var notes = setup.NotesFor(file.Path);
            if (!notes.IsEmpty)
            {
                var fileText = file.GetText(context.CancellationToken);
                foreach (var note in notes)
                    context.ReportDiagnostic(ToRoslyn(note, note.FilePath, SamePath(note.FilePath, file.Path) ? fileText : null));
            }
            if (!ArticleReader.IsSupportedPath(file.Path)) return;
            var linter = setup.LinterFor(file.Path);
            if (linter is null) return;

            text = file.GetText(context.CancellationToken);
            if (text is null)
            {
                var unreadable = ToolDescriptors.UnreadableFile;
                context.ReportDiagnostic(ToRoslyn(new CopydeskDiagnostic(unreadable.Id, unreadable.DefaultSeverity,
                    "The compiler could not read this file.", file.Path, 0, 0, default, unreadable.HelpUri), file.Path, null));
                return;
            }

            foreach (var finding in linter.Check(file.Path, text.ToString()))
                context.ReportDiagnostic(ToRoslyn(finding, file.Path, text));
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // An analyzer that throws loses every finding of the build (AD0001); one note is better.
            var failed = ToolDescriptors.RuleFailed;
            context.ReportDiagnostic(ToRoslyn(new CopydeskDiagnostic(failed.Id, failed.DefaultSeverity,
                $"Copydesk failed on this file: {ex.GetType().Name}: {ex.Message}", file.Path, 0, 0, default, failed.HelpUri),
                file.Path, text));
        }
    }

    /// <summary>One engine finding as a compiler diagnostic located in the additional file.</summary>
    internal static RoslynDiagnostic ToRoslyn(CopydeskDiagnostic finding, string path, SourceText? text)
    {
        var location = Locate(finding, path, text);
        var severity = DiagnosticDescriptors.ToRoslyn(finding.Severity);
        var descriptor = DiagnosticDescriptors.Find(finding.RuleId);
        if (descriptor is not null)
            return RoslynDiagnostic.Create(descriptor, location, severity, null, null, finding.Message);

        var properties = ImmutableDictionary<string, string?>.Empty.Add(PackRuleCarriers.RuleIdProperty, finding.RuleId);
        return RoslynDiagnostic.Create(PackRuleCarriers.For(finding.Severity), location, severity, null, properties,
            $"[{finding.RuleId}] {finding.Message}");
    }

    private static Location Locate(CopydeskDiagnostic finding, string path, SourceText? text)
    {
        // Configuration notes carry a line and column but no offset; findings carry exact offsets.
        var byRange = finding.Start == 0 && finding.Length == 0 && finding.Range.StartLine > 0;
        if (text is null)
        {
            var position = byRange ? new LinePosition(finding.Range.StartLine - 1, Math.Max(0, finding.Range.StartColumn - 1)) : default;
            return Location.Create(path, default, new LinePositionSpan(position, position));
        }
        TextSpan span;
        if (byRange && finding.Range.StartLine <= text.Lines.Count)
        {
            var line = text.Lines[finding.Range.StartLine - 1];
            span = new TextSpan(Math.Min(line.End, line.Start + Math.Max(0, finding.Range.StartColumn - 1)), 0);
        }
        else
        {
            var start = Math.Max(0, Math.Min(finding.Start, text.Length));
            span = new TextSpan(start, Math.Max(0, Math.Min(finding.Length, text.Length - start)));
        }
        // The compiler's own line map, so positions agree with the IDE's view of the file.
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }

    private static bool SamePath(string a, string b) => string.Equals(a.Replace('\\', '/'), b.Replace('\\', '/'), StringComparison.Ordinal);
}
