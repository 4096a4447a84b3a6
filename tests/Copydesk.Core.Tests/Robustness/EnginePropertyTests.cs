using System.Text;
using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using CsCheck;

namespace Copydesk.Core.Tests.Robustness;

/// <summary>
/// Properties of the whole engine (every built-in rule) over generated articles: it never fails,
/// every span is inside the file and points at the text it claims, and results do not depend on
/// line endings, encoding, parallelism or file order. Seeded and bounded; see <see cref="Property"/>.
/// </summary>
public sealed class EnginePropertyTests
{
    private static readonly Linter Engine = Linter.Default;

    [Fact]
    public void The_engine_never_fails_and_every_span_points_at_the_text_it_claims() =>
        Property.ForAll(ArticleGen.AnyArticle, article =>
        {
            var (path, text) = article;
            var read = ArticleReader.Read(path, text);
            Invariants.AssertProseViewIsFaithful(read);

            var found = Engine.Check(path, text);

            Assert.DoesNotContain(found, d => d.RuleId is "CD9002" or "CD9004" or "CD9007");
            foreach (var d in found) Invariants.AssertSpanIsReal(text, read.Lines, d);
        }, iterations: 400);

    [Fact]
    public void Findings_keep_their_lines_and_columns_whatever_the_line_endings() =>
        Property.ForAll(Gen.OneOf(ArticleGen.Markdown.Select(t => ("a.md", t)), ArticleGen.PlainText.Select(t => ("a.txt", t))), article =>
        {
            var lf = article.Item2.Replace("\r\n", "\n").Replace('\r', '\n');
            var expected = Positions(Engine.Check(article.Item1, lf));
            Assert.Equal(expected, Positions(Engine.Check(article.Item1, lf.Replace("\n", "\r\n"))));
            Assert.Equal(expected, Positions(Engine.Check(article.Item1, lf.Replace('\n', '\r'))));
        }, iterations: 150);

    [Fact]
    public void Findings_do_not_depend_on_the_encoding_of_the_file() =>
        Property.ForAll(Gen.OneOf(ArticleGen.Markdown.Select(t => ("a.md", t)), ArticleGen.PlainText.Select(t => ("a.txt", t))), article =>
        {
            var checker = new FileChecker(Engine);
            var file = new SourceFile("/nowhere/" + article.Item1, article.Item1);
            var utf8 = Encoding.UTF8.GetBytes(article.Item2);
            var expected = Render(checker.CheckBytes(file, utf8).Diagnostics);
            Assert.Equal(expected, Render(checker.CheckBytes(file, [0xEF, 0xBB, 0xBF, .. utf8]).Diagnostics));
            Assert.Equal(expected, Render(checker.CheckBytes(file, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(article.Item2)]).Diagnostics));
        }, iterations: 150);

    [Fact]
    public void Results_are_the_same_whatever_the_parallelism_and_the_file_order() =>
        Property.ForAll(ArticleGen.AnyArticle.Array[1, 8], articles =>
        {
            using var folder = new TempFolder();
            var files = articles.Select((a, i) =>
            {
                var name = $"{i:00}-{a.Path}";
                folder.Write(name, a.Text);
                return folder.Source(name);
            }).ToList();
            var checker = new FileChecker(Engine);

            var sequential = checker.Check(files, maxParallelism: 1);
            var parallel = checker.Check(files, maxParallelism: 4);
            var reversed = checker.Check([.. Enumerable.Reverse(files)], maxParallelism: 3);

            Assert.Equal(files, sequential.Select(r => r.File));
            Assert.Equal(files, parallel.Select(r => r.File));
            for (var i = 0; i < files.Count; i++)
            {
                var expected = Render(sequential[i].Diagnostics);
                Assert.Equal(expected, Render(parallel[i].Diagnostics));
                Assert.Equal(expected, Render(reversed[files.Count - 1 - i].Diagnostics));
                // Checking a file alone gives what it gives among the others.
                Assert.Equal(expected, Render(Assert.Single(checker.Check([files[i]], maxParallelism: 1)).Diagnostics));
            }
        }, iterations: 40);

    private static List<string> Positions(IEnumerable<Diagnostic> found) =>
        found.Select(d => $"{d.RuleId} {d.Range} {d.MatchedText.Replace("\r\n", "\n").Replace('\r', '\n')}").ToList();

    private static List<string> Render(IEnumerable<Diagnostic> found) =>
        found.Select(d => $"{d.RuleId} {d.Severity} {d.Start}+{d.Length} {d.Range} {d.Message} [{d.MatchedText}] " +
                          string.Join(";", (d.Fix ?? []).Select(e => $"{e.Start}+{e.Length}={e.Replacement}"))).ToList();
}
