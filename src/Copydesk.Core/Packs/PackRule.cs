using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Rules;
using Copydesk.Core.Text;

namespace Copydesk.Core.Packs;

/// <summary>What every pack rule declares, whatever its type.</summary>
public sealed record PackRuleHeader(
    RuleDescriptor Descriptor,
    string Message,
    PackScope Scope,
    bool IgnoreCase,
    bool Fixable,
    string ContentFingerprint)
{
    /// <summary>Shipped packs are reviewed with Copydesk; only they may skip the linear engine (see <see cref="SafeRegex"/>).</summary>
    public bool Trusted { get; init; }
}

/// <summary>
/// The base of the declarative rule types. A pack rule is an ordinary <see cref="IRule"/>: built once
/// from its YAML (validated and precompiled then), stateless while checking.
/// </summary>
public abstract class PackRule : IRule, IFingerprintedRule
{
    protected PackRule(PackRuleHeader header) => Header = header;

    public PackRuleHeader Header { get; }

    public RuleDescriptor Descriptor => Header.Descriptor;

    public PackScope Scope => Header.Scope;

    /// <summary>A digest of the pack text the rule came from, so result caches notice when a pack changes.</summary>
    public string ContentFingerprint => Header.ContentFingerprint;

    /// <summary>The YAML keys every rule type accepts.</summary>
    public static readonly string[] CommonKeys =
        ["id", "type", "extends", "title", "description", "message", "severity", "level", "scope", "link", "category", "ignorecase", "fix"];

    public abstract void Check(RuleContext context);

    /// <summary>Every pattern the rule may run (shipped ones are only parsed when first used).</summary>
    public virtual IEnumerable<SafeRegex> Patterns => [];

    protected IEnumerable<ProseBlock> BlocksInScope(Article article) => article.Blocks.Where(b => Scope.Includes(b.Kind));

    /// <summary>A prefilter over <paramref name="patterns"/>, built on first use so a run that never checks the rule never pays for it.</summary>
    protected static Lazy<LiteralPrefilter> PrefilterOver(IReadOnlyList<SafeRegex> patterns, bool forNormalizedText = false, bool textIsOneWholeLine = false) =>
        new(() => new LiteralPrefilter(patterns.Select(p => (p.Pattern, p.Options)).ToList(), forNormalizedText, textIsOneWholeLine));

    /// <summary>Fills the message template: <c>{match}</c> (or Vale's <c>%s</c>) and <c>{replacement}</c>.</summary>
    protected string FormatMessage(string match, string? replacement = null)
    {
        var message = Header.Message.Replace("{match}", match).Replace("%s", match);
        return replacement is null ? message : message.Replace("{replacement}", replacement).Replace("{expected}", replacement);
    }

    /// <summary>Term hits over the whole prose view at once, kept only where they fall inside a block of the rule's scope.</summary>
    protected IEnumerable<TermHit> TermHitsInScope(Article article, TermMatcher matcher)
    {
        foreach (var hit in matcher.Find(article.Prose))
        {
            var block = PackScopes.BlockAt(article, hit.Start);
            if (block is not null && hit.Start + hit.Length <= block.End && Scope.Includes(block.Kind)) yield return hit;
        }
    }

    /// <summary>
    /// Whether a hit is part of an identifier, path or address rather than a word of prose
    /// ("github.com", "@Github", "my_Github"), which naming rules leave alone.
    /// </summary>
    protected static bool IsIdentifierContext(string text, int start, int length)
    {
        var end = start + length;
        if (start > 0 && text[start - 1] is '.' or '/' or '\\' or '@' or '#' or '_' or '$' or '<') return true;
        if (end < text.Length)
        {
            var after = text[end];
            if (after is '/' or '\\' or '@' or '_' or '(' or '>' or '=') return true;
            if (after == '.' && end + 1 < text.Length && TermMatcher.IsWordChar(text[end + 1])) return true;
        }
        return false;
    }
}
