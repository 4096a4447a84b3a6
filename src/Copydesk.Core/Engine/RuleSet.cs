using Copydesk.Core.Diagnostics;
using Copydesk.Core.Packs;
using Copydesk.Core.Rules;

namespace Copydesk.Core.Engine;

/// <summary>One rule as configured for a run: the rule, its effective severity and its options.</summary>
public sealed record RuleEntry(IRule Rule, Severity Severity, RuleOptions Options);

/// <summary>The rules of a run with their severities. Built once, shared by every file and thread.</summary>
public sealed class RuleSet
{
    public RuleSet(IEnumerable<RuleEntry> entries, IEnumerable<string>? acceptedTerms = null)
    {
        Entries = entries.ToList();
        AcceptedTerms = acceptedTerms?.Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList() ?? [];
        _fingerprint = new Lazy<string>(() => string.Join("\n", Entries.Select(e =>
            $"{e.Rule.Descriptor} {e.Severity} {e.Options} {(e.Rule as IFingerprintedRule)?.ContentFingerprint}")
            .Concat(AcceptedTerms.Select(t => "accept " + t))));
    }

    // Only caches keyed on the rules read it: no run pays for it otherwise.
    private readonly Lazy<string> _fingerprint;

    public IReadOnlyList<RuleEntry> Entries { get; }

    /// <summary>
    /// Changes whenever the rules, their severities or their content change, so caches keyed on it
    /// never serve stale findings. The tool version covers changes to C# rules.
    /// </summary>
    public string Fingerprint => _fingerprint.Value;

    /// <summary>A project's own words (configuration <c>vocabulary.accept</c>): naming findings on exactly these texts are dropped.</summary>
    public IReadOnlyCollection<string> AcceptedTerms { get; }

    /// <summary>The C# rules and the shipped rule packs, at their default severities.</summary>
    public static RuleSet BuiltIn { get; } = FromRules(BuiltInRules.All.Concat(ShippedPacks.Rules));

    public static RuleSet FromRules(IEnumerable<IRule> rules) =>
        new(rules.Select(r => new RuleEntry(r, r.Descriptor.DefaultSeverity, RuleOptions.Empty)));

    public IEnumerable<RuleDescriptor> Descriptors => Entries.Select(e => e.Rule.Descriptor);
}
