using System.Runtime.CompilerServices;
using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Rules.Snippet;

/// <summary>
/// CD5001: a <c>```csharp</c> / <c>```cs</c> fence that the C# compiler cannot parse. The snippet may be a
/// whole file, a top-level program or script, a member or a run of statements; it is reported only when
/// no reading parses, at the first syntax error of the reading that got furthest.
/// </summary>
public sealed class CSharpSnippetRule : IRule
{
    private static readonly string[] CSharpLanguages = ["csharp", "cs", "c#"];

    /// <summary>Info-string words that exempt a fence (deliberately broken or elided code).</summary>
    private static readonly string[] SkipMarkers = ["copydesk-skip", "no-check", "skip-check"];

    public RuleDescriptor Descriptor { get; } = new("CD5001", "C# snippet does not parse", RuleCategory.Snippet, Severity.Warning,
        "A csharp or cs code block is not valid C# as a file, a script, a member or a statement list.");

    public void Check(RuleContext context)
    {
        foreach (var block in context.Article.CodeBlocks)
        {
            if (!IsCheckedCSharp(block) || block.Lines.Count == 0) continue;
            // Roslyn is only loaded here, for articles that show C#: linting prose never pays its start-up.
            var error = ParseSnippet(block);
            if (error is null) continue;
            var (start, length) = ToFileSpan(block, error.Line, error.Column, error.Length);
            context.Report(start, length, $"C# snippet does not parse: {error.Message} ({error.Code}).");
        }
    }

    /// <summary>True for a C# fence that is not marked to skip (<c>csharp-skip</c>, or a skip word in the info string).</summary>
    public static bool IsCheckedCSharp(CodeBlock block)
    {
        if (!CSharpLanguages.Contains(block.Language, StringComparer.OrdinalIgnoreCase)) return false;
        var words = block.Info.Split([' ', '\t', '{', '}', ',', '.', '='], StringSplitOptions.RemoveEmptyEntries);
        return !words.Skip(1).Any(w => SkipMarkers.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SnippetError? ParseSnippet(CodeBlock block) =>
        CSharpSnippetParser.FindError(block.Lines.Select(l => l.Text).ToList());

    /// <summary>Maps a 0-based line and column inside the snippet to an offset and length in the file, within that line.</summary>
    private static (int Start, int Length) ToFileSpan(CodeBlock block, int line, int column, int length)
    {
        line = Math.Max(0, Math.Min(line, block.Lines.Count - 1));
        var codeLine = block.Lines[line];
        column = Math.Max(0, Math.Min(column, codeLine.Text.Length));
        length = Math.Max(0, Math.Min(length, codeLine.Text.Length - column));
        return (codeLine.Offset + column, length);
    }
}
