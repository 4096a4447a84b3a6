using Copydesk.Core.Diagnostics;
using Copydesk.Core.Rules;

namespace Copydesk.Core.Engine;

/// <summary>One rule as configured for a run: the rule, its effective severity and its options.</summary>
public sealed record RuleEntry(IRule Rule, Severity Severity, RuleOptions Options);

/// <summary>The rules of a run with their severities. Built once, shared by every file and thread.</summary>
public sealed class RuleSet
{
    public RuleSet(IEnumerable<RuleEntry> entries)
    {
        Entries = entries.ToList();
        Fingerprint = string.Join("\n", Entries.Select(e =>
            $"{e.Rule.Descriptor} {e.Severity} {(e.Rule as IFingerprintedRule)?.ContentFingerprint}"));
    }

    public IReadOnlyList<RuleEntry> Entries { get; }

    /// <summary>
    /// Changes whenever the rules, their severities or their content change, so caches keyed on it
    /// never serve stale findings. The tool version covers changes to C# rules.
    /// </summary>
    public string Fingerprint { get; }

    public static RuleSet BuiltIn { get; } = FromRules(BuiltInRules.All);

    public static RuleSet FromRules(IEnumerable<IRule> rules) =>
        new(rules.Select(r => new RuleEntry(r, r.Descriptor.DefaultSeverity, RuleOptions.Empty)));

    public IEnumerable<RuleDescriptor> Descriptors => Entries.Select(e => e.Rule.Descriptor);
}
