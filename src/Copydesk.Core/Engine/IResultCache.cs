using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Engine;

/// <summary>
/// Remembers findings by file content and rule set, so an unchanged file is not linted again.
/// Front ends choose where it lives (the CLI keeps it in a cache folder).
/// </summary>
public interface IResultCache
{
    bool TryGet(SourceFile file, byte[] content, RuleSet rules, out IReadOnlyList<Diagnostic> diagnostics);

    void Add(SourceFile file, byte[] content, RuleSet rules, IReadOnlyList<Diagnostic> diagnostics);
}
