using System.Text.RegularExpressions;

namespace Copydesk.Core.Text;

/// <summary>
/// A rule's fixed pattern, built (interpreted) on first use: a run whose documents never get past
/// the rule's cheaper checks never pays for it, which a one-file pre-commit run notices. Thread-safe; two threads racing may each build it once.
/// </summary>
public sealed class LazyRegex
{
    private readonly Func<Regex> _build;
    private Regex? _regex;

    public LazyRegex(string pattern, RegexOptions options = RegexOptions.None)
    {
        Pattern = pattern;
        Options = options;
        _build = () => new Regex(pattern, options);
    }

#if NET
    /// <summary>
    /// A pattern the regex source generator compiled at build time: the hottest patterns of the rules
    /// scan at compiled speed, ReadyToRun, with nothing to compile at run time.
    /// </summary>
    public LazyRegex(Func<Regex> generated, string pattern, RegexOptions options)
    {
        Pattern = pattern;
        Options = options;
        _build = generated;
    }
#endif

    public string Pattern { get; }

    public RegexOptions Options { get; }

    public Regex Regex => _regex ??= _build();

    public bool IsMatch(string input) => Regex.IsMatch(input);

    public Match Match(string input) => Regex.Match(input);

    public MatchCollection Matches(string input) => Regex.Matches(input);

    public override string ToString() => Pattern;
}
