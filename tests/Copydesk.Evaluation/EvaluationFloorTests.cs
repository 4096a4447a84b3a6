using System.Globalization;
using Copydesk.Tests;

namespace Copydesk.Evaluation;

/// <summary>
/// The labelled set under seeds/eval keeps every category at or above the floors in
/// seeds/eval/floors.tsv, so a rule change that loses precision or recall fails the build.
/// </summary>
public sealed class EvaluationFloorTests
{
    private static readonly string EvalDirectory = Path.Combine(RepositoryPaths.Seeds, "eval");

    private static readonly Lazy<EvaluationResult> Result = new(() => Scoring.Evaluate(EvalDirectory));

    public static TheoryData<string, double, double> Floors()
    {
        var data = new TheoryData<string, double, double>();
        foreach (var raw in File.ReadAllLines(Path.Combine(EvalDirectory, "floors.tsv")))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            data.Add(parts[0], double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Floors))]
    public void Category_stays_above_its_floor(string category, double precisionFloor, double recallFloor)
    {
        var score = Result.Value.Scores.Single(s => s.Category == category);
        var misses = string.Join("\n", Result.Value.FalsePositives.Concat(Result.Value.FalseNegatives)
            .Where(f => f.Category == category).Select(f => $"  {f.File}:{f.Line}"));
        Assert.True(score.Precision >= precisionFloor,
            $"{category} precision {score.Precision:0.000} fell below {precisionFloor:0.00}. Mismatches:\n{misses}");
        Assert.True(score.Recall >= recallFloor,
            $"{category} recall {score.Recall:0.000} fell below {recallFloor:0.00}. Mismatches:\n{misses}");
    }

    [Fact]
    public void Every_category_has_a_floor() =>
        Assert.Equal(Scoring.Categories.Order(), Floors().Select(row => (string)row[0]).Order());

    [Fact]
    public void The_set_is_large_and_covers_every_scored_category()
    {
        var articles = LabelledArticle.LoadAll(EvalDirectory);
        Assert.True(articles.Count >= 30, $"only {articles.Count} labelled articles");
        Assert.True(articles.Count(a => a.Expected.Count == 0) >= 8, "the set needs clean articles as hard negatives");
        var labelled = articles.SelectMany(a => a.Expected).Select(f => f.Category).ToHashSet();
        Assert.All(Scoring.Categories, c => Assert.Contains(c, labelled));
    }

    [Fact]
    public void Every_article_has_a_sidecar()
    {
        var articles = Directory.EnumerateFiles(EvalDirectory)
            .Where(p => LabelledArticle.Extensions.Contains(Path.GetExtension(p)));
        Assert.All(articles, a => Assert.True(File.Exists(LabelledArticle.SidecarOf(a)), $"{a} has no .expected sidecar"));
    }
}
