using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Core.Rules.Snippet;

/// <summary>The first syntax error of a snippet: 0-based line and column in the snippet, and the compiler's own words.</summary>
public sealed record SnippetError(int Line, int Column, int Length, string Code, string Message);

/// <summary>
/// The only place Copydesk touches Roslyn. Each reading of a snippet is one parse; a snippet is valid
/// when any reading has no syntax error. <see cref="LanguageVersion.Preview"/> means "the newest this
/// Roslyn knows", so the host's compiler (or the CLI's newer Roslyn) decides which C# is accepted.
/// </summary>
public static class CSharpSnippetParser
{
    private static readonly CSharpParseOptions FileOptions = new(LanguageVersion.Preview, DocumentationMode.None, SourceCodeKind.Regular);
    private static readonly CSharpParseOptions ScriptOptions = FileOptions.WithKind(SourceCodeKind.Script);

    /// <summary>How a snippet may be meant: the text goes between the prefix and the suffix.</summary>
    private static readonly (string Prefix, string Suffix, CSharpParseOptions Options)[] Readings =
    [
        ("", "", FileOptions),
        ("", "", ScriptOptions),
        ("class __CopydeskSnippet\n{\n", "\n}\n", FileOptions),
        ("class __CopydeskSnippet\n{\nvoid __CopydeskMethod()\n{\n", "\n}\n}\n", FileOptions),
    ];

    /// <summary>Null when the snippet parses in some reading; else the error of the reading that got furthest.</summary>
    public static SnippetError? FindError(IReadOnlyList<string> lines)
    {
        // A line that is only "..." or "…" elides code, a docs convention the reader understands; blanking it
        // keeps every other line and column where it was.
        var code = string.Join("\n", lines.Select(line => IsElision(line) ? new string(' ', line.Length) : line));
        SnippetError? furthest = null;
        var furthestOffset = -1;
        foreach (var (prefix, suffix, options) in Readings)
        {
            var tree = CSharpSyntaxTree.ParseText(SourceText.From(prefix + code + suffix), options);
            var first = tree.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .OrderBy(d => d.Location.SourceSpan.Start)
                .FirstOrDefault();
            if (first is null) return null;

            // Errors in the wrapper (a missing brace at the very end) belong to the snippet's end.
            var offset = Math.Max(0, Math.Min(first.Location.SourceSpan.Start - prefix.Length, code.Length));
            if (offset <= furthestOffset) continue;
            furthestOffset = offset;
            var (line, column) = Position(code, offset);
            var length = Math.Min(first.Location.SourceSpan.Length, code.Length - offset);
            furthest = new SnippetError(line, column, length, first.Id, first.GetMessage(CultureInfo.InvariantCulture));
        }
        return furthest;
    }

    private static bool IsElision(string line)
    {
        var trimmed = line.Trim();
        return trimmed is "..." or "…";
    }

    private static (int Line, int Column) Position(string code, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (code[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return (line, offset - lineStart);
    }
}
