namespace Copydesk.Core.Diagnostics;

/// <summary>1-based lines and columns (UTF-16 units); the end is exclusive, as in SARIF.</summary>
public readonly record struct SourceRange(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public override string ToString() => $"({StartLine},{StartColumn},{EndLine},{EndColumn})";
}
