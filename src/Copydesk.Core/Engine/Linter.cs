using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Rules;

namespace Copydesk.Core.Engine;

/// <summary>
/// The pure core: an article and a rule set in, diagnostics out, sorted by position.
/// A rule that throws becomes one CD9004 note; the other rules still run.
/// </summary>
public sealed class Linter
{
    public Linter(RuleSet rules) => Rules = rules;

    public RuleSet Rules { get; }

    public static Linter Default { get; } = new(RuleSet.BuiltIn);

    /// <summary>Reads and lints one file's text; never throws (a failure becomes one CD9007 note).</summary>
    public IReadOnlyList<Diagnostic> Check(string path, string text)
    {
        try
        {
            return Check(ArticleReader.Read(path, text));
        }
        catch (Exception ex)
        {
            return [InternalError(path, ex)];
        }
    }

    public static Diagnostic InternalError(string path, Exception ex)
    {
        var error = ToolDescriptors.InternalError;
        return new Diagnostic(error.Id, error.DefaultSeverity, $"Copydesk failed on this file: {ex.GetType().Name}: {ex.Message}",
            path, 0, 0, new SourceRange(1, 1, 1, 1), error.HelpUri);
    }

    public IReadOnlyList<Diagnostic> Check(Article article)
    {
        var found = new List<Diagnostic>(article.ReadNotes);
        foreach (var entry in Rules.Entries)
        {
            if (entry.Severity == Severity.None) continue;
            var context = new RuleContext(article, entry.Rule, entry.Severity, found, entry.Options);
            try
            {
                entry.Rule.Check(context);
            }
            catch (Exception ex)
            {
                var failed = ToolDescriptors.RuleFailed;
                found.Add(new Diagnostic(failed.Id, failed.DefaultSeverity,
                    $"Rule {entry.Rule.Descriptor.Id} failed on this file: {ex.GetType().Name}: {ex.Message}",
                    article.Path, 0, 0, article.Lines.GetRange(0, 0), failed.HelpUri));
            }
        }
        DropAcceptedTerms(found);
        if (article.Format == ArticleFormat.Markdown) Suppressions.Parse(article).Apply(found);
        return Sort(found);
    }

    private void DropAcceptedTerms(List<Diagnostic> found)
    {
        if (Rules.AcceptedTerms.Count == 0) return;
        var accepted = new HashSet<string>(Rules.AcceptedTerms, StringComparer.Ordinal);
        var naming = new HashSet<string>(Rules.Descriptors.Where(d => d.Category == RuleCategory.Naming).Select(d => d.Id), StringComparer.Ordinal);
        found.RemoveAll(d => naming.Contains(d.RuleId) && accepted.Contains(d.MatchedText));
    }

    public static List<Diagnostic> Sort(List<Diagnostic> diagnostics)
    {
        diagnostics.Sort((a, b) =>
        {
            var byStart = a.Start.CompareTo(b.Start);
            if (byStart != 0) return byStart;
            var byId = string.CompareOrdinal(a.RuleId, b.RuleId);
            return byId != 0 ? byId : a.Length.CompareTo(b.Length);
        });
        return diagnostics;
    }
}
