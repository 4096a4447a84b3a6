namespace Copydesk.Core.Diagnostics;

/// <summary>1-based lines and columns (UTF-16 units); the end is exclusive, as in SARIF.</summary>
public readonly record struct SourceRange(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    // Concatenated, not interpolated: a report written from the cache would otherwise set up the interpolation machinery for four lines.
    public override string ToString() => "(" + Number(StartLine) + "," + Number(StartColumn) + "," + Number(EndLine) + "," + Number(EndColumn) + ")";

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
