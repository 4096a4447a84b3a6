using System.Text.RegularExpressions;
#if NET
using System.Buffers;
#endif

namespace Copydesk.Core.Text;

/// <summary>
/// Tells, with one search ignoring case, whether a text can hold a match of a pattern: it holds
/// one of the pattern's <see cref="RequiredLiterals"/>. Most documents hold none, and running
/// the pattern over them would find nothing.
/// </summary>
public sealed class LiteralPrefilter
{
#if NET
    private readonly SearchValues<string> _literals;
#else
    private readonly IReadOnlyList<string> _literals;
#endif

    private LiteralPrefilter(IReadOnlyList<string> literals)
    {
#if NET
        _literals = SearchValues.Create(literals.ToArray(), StringComparison.OrdinalIgnoreCase);
#else
        _literals = literals;
#endif
    }

    /// <summary>A prefilter for the pattern, or null when it has no literal that every match contains.</summary>
    public static LiteralPrefilter? For(string pattern, RegexOptions options) =>
        RequiredLiterals.Of(pattern, options) is { } literals ? new LiteralPrefilter(literals) : null;

    public bool MayMatch(string text)
    {
#if NET
        return text.AsSpan().IndexOfAny(_literals) >= 0;
#else
        foreach (var literal in _literals)
            if (text.IndexOf(literal, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        return false;
#endif
    }
}
