using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Engine;

/// <summary>
/// Remembers findings by file content and everything else that decides them, so an unchanged file is
/// not linted again. It is asked before the file's rules are resolved, so a hit costs no rule loading:
/// each front end keys on what decides the rules where it lives (the CLI: engine build and configuration
/// texts, in a cache folder).
/// </summary>
public interface IResultCache
{
    /// <summary>
    /// Asked before the file is read: findings for a file whose size and modification time are those
    /// recorded when its bytes were last seen, so an untouched file need not even be read.
    /// </summary>
    bool TryGetUnchanged(SourceFile file, out IReadOnlyList<Diagnostic> diagnostics);

    /// <param name="content">The file's bytes, valid only during the call.</param>
    bool TryGet(SourceFile file, ReadOnlySpan<byte> content, out IReadOnlyList<Diagnostic> diagnostics);

    void Add(SourceFile file, ReadOnlySpan<byte> content, IReadOnlyList<Diagnostic> diagnostics);
}
