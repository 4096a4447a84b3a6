using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Articles;

/// <summary>Maps offsets in a text to 1-based line and column. The one place positions are converted.</summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
        _length = text.Length;
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];

    public (int Line, int Column) GetPosition(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, _length));
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    public SourceRange GetRange(int start, int length)
    {
        var (startLine, startColumn) = GetPosition(start);
        var (endLine, endColumn) = GetPosition(start + length);
        return new SourceRange(startLine, startColumn, endLine, endColumn);
    }
}
