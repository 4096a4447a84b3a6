using Copydesk.Core.Engine;

namespace Copydesk.Evaluation;

/// <summary>Precision, recall and F1 of one category; an empty denominator counts as perfect.</summary>
public sealed record CategoryScore(string Category, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

public sealed record EvaluationResult(IReadOnlyList<CategoryScore> Scores, IReadOnlyList<ScoredFinding> FalsePositives, IReadOnlyList<ScoredFinding> FalseNegatives, int Files);

/// <summary>
/// Scores the linter against labelled articles. A finding matches by file, line and category
/// prefix; several findings of one category on one line count once.
/// </summary>
public static class Scoring
{
    public static readonly string[] Categories = ["CD10", "CD11", "CD20", "CD30", "CD40", "CD50"];

    public static readonly IReadOnlyDictionary<string, string> CategoryNames = new Dictionary<string, string>
    {
        ["CD10"] = "attribution", ["CD11"] = "sourcing", ["CD20"] = "placeholder",
        ["CD30"] = "naming", ["CD40"] = "hygiene", ["CD50"] = "snippet",
    };

    /// <summary>The scored category of a rule ID, or null for tool notes and custom rules.</summary>
    public static string? CategoryOf(string ruleId)
    {
        if (ruleId.Length < 6 || !ruleId.StartsWith("CD", StringComparison.Ordinal)) return null;
        var prefix = ruleId.Substring(0, 4);
        return Categories.Contains(prefix) ? prefix : null;
    }

    public static IEnumerable<ScoredFinding> Lint(Linter linter, string path, string relativePath) =>
        linter.Check(path, File.ReadAllText(path))
            .Select(d => (d, Category: CategoryOf(d.RuleId)))
            .Where(x => x.Category is not null)
            .Select(x => new ScoredFinding(relativePath, x.d.Range.StartLine, x.Category!));

    public static EvaluationResult Evaluate(string directory, Linter? linter = null)
    {
        linter ??= Linter.Default;
        var articles = LabelledArticle.LoadAll(directory);
        var expected = new HashSet<ScoredFinding>(articles.SelectMany(a => a.Expected));
        var actual = new HashSet<ScoredFinding>(articles.SelectMany(a => Lint(linter, a.Path, a.RelativePath)));
        var falsePositives = actual.Where(f => !expected.Contains(f)).OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ToList();
        var falseNegatives = expected.Where(f => !actual.Contains(f)).OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ToList();
        var scores = Categories.Select(c => new CategoryScore(c,
            actual.Count(f => f.Category == c && expected.Contains(f)),
            falsePositives.Count(f => f.Category == c),
            falseNegatives.Count(f => f.Category == c))).ToList();
        return new EvaluationResult(scores, falsePositives, falseNegatives, articles.Count);
    }

    /// <summary>Findings per 100 files per category over every article under <paramref name="directory"/> (no labels needed).</summary>
    public static (int Files, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<ScoredFinding> Findings) Survey(string directory, Linter? linter = null)
    {
        linter ??= Linter.Default;
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(p => LabelledArticle.Extensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .OrderBy(p => p, StringComparer.Ordinal).ToList();
        var findings = files.AsParallel().AsOrdered()
            .SelectMany(p => Lint(linter, p, Path.GetRelativePath(directory, p).Replace('\\', '/')).Distinct())
            .ToList();
        var counts = Categories.ToDictionary(c => c, c => findings.Count(f => f.Category == c));
        return (files.Count, counts, findings);
    }
}
