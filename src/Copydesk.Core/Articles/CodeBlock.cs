namespace Copydesk.Core.Articles;

/// <summary>One line of a code block: its text and the offset of its first character in the file.</summary>
public readonly record struct CodeLine(int Offset, string Text);

/// <summary>A fenced or indented code block. <see cref="Language"/> is the first word of the info string.</summary>
public sealed record CodeBlock(string Language, string Info, IReadOnlyList<CodeLine> Lines, int Start, int End);
