namespace Copydesk.Core.Engine;

/// <summary>A file to check: where to read it, and the path to show in diagnostics.</summary>
public sealed record SourceFile(string FullPath, string DisplayPath);

/// <summary>The findings of one file, in position order.</summary>
public sealed record FileResult(SourceFile File, IReadOnlyList<Copydesk.Core.Diagnostics.Diagnostic> Diagnostics);
