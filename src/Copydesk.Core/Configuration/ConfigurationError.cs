using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Configuration;

/// <summary>
/// A problem in a configuration file or rule pack, with its 1-based line and column. Loading never
/// throws; errors travel as values and front ends show them as CD9005 diagnostics.
/// </summary>
public sealed record ConfigurationError(string FilePath, int Line, int Column, string Message)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = ToolDescriptors.InvalidConfiguration;
        var line = Math.Max(1, Line);
        var column = Math.Max(1, Column);
        return new Diagnostic(descriptor.Id, descriptor.DefaultSeverity, Message, FilePath, 0, 0,
            new SourceRange(line, column, line, column), descriptor.HelpUri);
    }

    public override string ToString() => $"{FilePath}({Line},{Column}): {Message}";
}
