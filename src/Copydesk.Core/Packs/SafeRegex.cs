using System.Text.RegularExpressions;
using Copydesk.Core.Text;

namespace Copydesk.Core.Packs;

/// <summary>
/// Compiles a pack's patterns so that no pattern can hang a run. Patterns run on the linear-time
/// non-backtracking engine whenever the runtime has it (.NET 7 and later, also under the
/// netstandard2.0 build); a pattern that needs what that engine lacks (lookarounds,
/// backreferences, atomic groups) runs on the backtracking engine with <see cref="MatchTimeout"/>,
/// and a timeout ends that pattern's search in the block instead of the run.
/// The shipped packs are trusted: building a non-backtracking automaton costs start-up time that a
/// one-file pre-commit run notices, so their reviewed patterns use the backtracking engine, still
/// bounded by <see cref="MatchTimeout"/>, and are not even parsed until first used (a test builds
/// every one of them). Patterns are interpreted: literal prefilters keep most of them from running,
/// so compiling them (0.4 s of CPU) did not repay itself even on 20,000 files.
/// </summary>
public sealed class SafeRegex
{
    /// <summary>The limit for one match attempt on the backtracking fallback.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    // RegexOptions.NonBacktracking, spelled by value so the netstandard2.0 build can ask for it too.
    private const RegexOptions NonBacktracking = (RegexOptions)1024;

    private readonly Lazy<Regex> _regex;

    private SafeRegex(Regex regex, bool isLinear)
        : this(regex.ToString(), regex.Options, new Lazy<Regex>(() => regex), isLinear)
    {
    }

    /// <summary>A trusted pattern, built on first use.</summary>
    private SafeRegex(string pattern, RegexOptions options)
        : this(pattern, options, new Lazy<Regex>(() => new Regex(pattern, options, MatchTimeout)), false)
    {
    }

    private SafeRegex(string pattern, RegexOptions options, Lazy<Regex> regex, bool isLinear)
    {
        Pattern = pattern;
        Options = options;
        _regex = regex;
        IsLinear = isLinear;
    }

    public Regex Regex => _regex.Value;

    /// <summary>True when the pattern runs on the non-backtracking engine (time linear in the input).</summary>
    public bool IsLinear { get; }

    public string Pattern { get; }

    public RegexOptions Options { get; }

    /// <summary>Compiles <paramref name="pattern"/>; returns null and an error message when it is not a valid pattern.</summary>
    public static SafeRegex? TryCreate(string pattern, bool ignoreCase, bool trusted, out string? error)
    {
        var options = RegexOptions.CultureInvariant | RegexOptions.Multiline;
        if (ignoreCase) options |= RegexOptions.IgnoreCase;
        error = null;
        if (trusted) return new SafeRegex(pattern, options);
        try
        {
            return new SafeRegex(new Regex(pattern, options | NonBacktracking), true);
        }
        catch (ArgumentException) when (IsValid(pattern, options))
        {
            // Valid, but not supported by the linear engine (or the runtime has no such engine).
        }
        catch (NotSupportedException) when (IsValid(pattern, options))
        {
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
        return new SafeRegex(new Regex(pattern, options, MatchTimeout), false);
    }

    private static bool IsValid(string pattern, RegexOptions options)
    {
        try
        {
            _ = new Regex(pattern, options, MatchTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>All matches in <paramref name="text"/>; a fallback pattern that times out yields what it found so far.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        var match = SafeMatch(() => Regex.Match(text));
        while (match is { Success: true })
        {
            yield return match;
            var current = match;
            match = SafeMatch(current.NextMatch);
        }
    }

    private static Match? SafeMatch(Func<Match> next)
    {
        try
        {
            return next();
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The span a match reports: the group named <c>match</c> when the pattern has one, else the whole match.</summary>
    public static Group Reported(Match match)
    {
        var group = match.Groups["match"];
        return group.Success ? group : match;
    }
}
