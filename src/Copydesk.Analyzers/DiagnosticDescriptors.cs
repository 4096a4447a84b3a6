using System.Collections.Immutable;
using Copydesk.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using RoslynDiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Copydesk.Analyzers;

/// <summary>
/// The analyzer's descriptors: <see cref="EngineDescriptors"/> is written at build time from Copydesk's
/// own rule descriptors (see the project file), so a rule added to the engine reaches the compiler without
/// an edit here. Roslyn only lets an analyzer report IDs it
/// declared up front; rules from a repository's own packs are unknown at build time and travel under
/// the carrier IDs of <see cref="PackRuleCarriers"/>.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string MessageFormat = "{0}";

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById =
        EngineDescriptors.All.Concat(PackRuleCarriers.All).ToImmutableDictionary(d => d.Id, StringComparer.Ordinal);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ById.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;

    public static RoslynDiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => RoslynDiagnosticSeverity.Error,
        Severity.Warning => RoslynDiagnosticSeverity.Warning,
        _ => RoslynDiagnosticSeverity.Info,
    };
}
