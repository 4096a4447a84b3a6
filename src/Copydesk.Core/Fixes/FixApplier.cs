using System.Text;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Fixes;

/// <summary>The outcome of applying fixes to one text.</summary>
public sealed record FixResult(string Text, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Skipped)
{
    public bool Changed => Applied.Count > 0;
}

/// <summary>
/// Applies the fixes findings carry as pure text edits: every byte outside the edits (line endings,
/// trailing newline) stays as it was. A fix whose edits overlap one already taken is skipped; a
/// second run picks it up if it still applies.
/// </summary>
public static class FixApplier
{
    /// <summary>
    /// Fixes that never change meaning: removing CMS and widget leftovers, preferred spellings, and
    /// the fixes of a repository's own packs. Hygiene fixes are left for a person to review.
    /// </summary>
    public static bool IsSafe(RuleCategory category) => category is RuleCategory.Placeholder or RuleCategory.Naming or RuleCategory.Custom;

    public static FixResult Apply(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var candidates = diagnostics
            .Where(d => d.Fix is { Count: > 0 })
            .OrderBy(d => d.Fix!.Min(e => e.Start))
            .ThenBy(d => d.Start)
            .ToList();
        var taken = new List<TextEdit>();
        var applied = new List<Diagnostic>();
        var skipped = new List<Diagnostic>();
        foreach (var diagnostic in candidates)
        {
            var edits = diagnostic.Fix!;
            if (edits.Any(e => e.Start < 0 || e.Start + e.Length > text.Length || taken.Any(t => Overlaps(t, e))))
            {
                skipped.Add(diagnostic);
                continue;
            }
            taken.AddRange(edits);
            applied.Add(diagnostic);
        }

        taken.Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var edit in taken)
        {
            result.Append(text, position, edit.Start - position).Append(edit.Replacement);
            position = edit.Start + edit.Length;
        }
        result.Append(text, position, text.Length - position);
        return new FixResult(result.ToString(), applied, skipped);
    }

    // Touching edits conflict too when either inserts, so their order is never ambiguous.
    private static bool Overlaps(TextEdit a, TextEdit b) =>
        a.Start < b.Start + b.Length && b.Start < a.Start + a.Length
        || (a.Start == b.Start && (a.Length == 0 || b.Length == 0));
}
