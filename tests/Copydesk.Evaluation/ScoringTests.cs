namespace Copydesk.Evaluation;

public sealed class ScoringTests
{
    [Theory]
    [InlineData("CD1001", "CD10")]
    [InlineData("CD2003", "CD20")]
    [InlineData("CD5001", "CD50")]
    [InlineData("CD9001", null)]
    [InlineData("ACME01", null)]
    public void Category_is_the_rule_id_prefix(string id, string? category) => Assert.Equal(category, Scoring.CategoryOf(id));

    [Fact]
    public void Sidecar_lines_parse_and_bad_lines_are_reported_with_their_place()
    {
        var parsed = LabelledArticle.ParseSidecar("a.md", ["# comment", "", "3 CD1001", "3 CD1003  # same category", "12\tCD4002"], "a.expected");
        Assert.Equal([new ScoredFinding("a.md", 3, "CD10"), new ScoredFinding("a.md", 3, "CD10"), new ScoredFinding("a.md", 12, "CD40")], parsed);
        var error = Assert.Throws<FormatException>(() => LabelledArticle.ParseSidecar("a.md", ["x CD1001"], "a.expected"));
        Assert.Contains("a.expected(1)", error.Message);
    }

    [Fact]
    public void Scores_count_true_and_false_findings()
    {
        var score = new CategoryScore("CD10", TruePositives: 9, FalsePositives: 1, FalseNegatives: 3);
        Assert.Equal(0.9, score.Precision, 3);
        Assert.Equal(0.75, score.Recall, 3);
        Assert.Equal(2 * 0.9 * 0.75 / 1.65, score.F1, 3);
        Assert.Equal(1.0, new CategoryScore("CD20", 0, 0, 0).Precision);
    }

    [Fact]
    public void Evaluate_matches_by_file_line_and_category()
    {
        var directory = Directory.CreateTempSubdirectory("copydesk-eval-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "a.txt"), "Headline\n\nThe car is the the fastest.\n\nIt is fine.\n");
            File.WriteAllText(Path.Combine(directory, "a.expected"), "3 CD4003\n5 CD4001\n");
            var result = Scoring.Evaluate(directory);
            var hygiene = result.Scores.Single(s => s.Category == "CD40");
            Assert.Equal((1, 0, 1), (hygiene.TruePositives, hygiene.FalsePositives, hygiene.FalseNegatives));
            Assert.Equal([new ScoredFinding("a.txt", 5, "CD40")], result.FalseNegatives);
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }
}
