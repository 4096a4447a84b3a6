namespace Copydesk.Core.Articles;

/// <summary>One line of a code block: its text and the offset of its first character in the file.</summary>
/// <remarks>A class: lists of a struct are JIT-compiled at every start, ReadyToRun or not.</remarks>
public sealed record CodeLine(int Offset, string Text);

/// <summary>
/// A fenced or indented code block. <see cref="Language"/> is the first word of the info string.
/// Its lines become strings only when a rule reads them: most documents' code is never read line by line.
/// </summary>
public sealed class CodeBlock(string language, string info, Func<IReadOnlyList<CodeLine>> readLines, int start, int end)
{
    private IReadOnlyList<CodeLine>? _lines;

    public string Language { get; } = language;

    public string Info { get; } = info;

    public IReadOnlyList<CodeLine> Lines => _lines ??= readLines();

    public int Start { get; } = start;

    public int End { get; } = end;
}
