using System.Text.RegularExpressions;

namespace Copydesk.Core.Text;

/// <summary>
/// A rule's fixed pattern, built on first use (interpreted or compiled as <see cref="Patterns"/>
/// decides): a run whose documents never get past the rule's cheaper checks never pays for it,
/// which a one-file pre-commit run notices. Thread-safe; two threads racing may each build it once.
/// </summary>
public sealed class LazyRegex(string pattern, RegexOptions options = RegexOptions.None)
{
    private Regex? _regex;

    public string Pattern => pattern;

    public RegexOptions Options => options;

    public Regex Regex => _regex ??= Patterns.Create(pattern, options);

    public bool IsMatch(string input) => Regex.IsMatch(input);

    public Match Match(string input) => Regex.Match(input);

    public MatchCollection Matches(string input) => Regex.Matches(input);

    public override string ToString() => pattern;
}
