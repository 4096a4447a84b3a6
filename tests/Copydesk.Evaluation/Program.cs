using System.Globalization;

namespace Copydesk.Evaluation;

/// <summary>
/// <c>dotnet run --project tests/Copydesk.Evaluation -- seeds/eval [--verbose]</c> prints precision,
/// recall and F1 per category; <c>-- --corpus DIR [--verbose]</c> prints findings per 100 files.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var verbose = args.Contains("--verbose");
        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var corpus = args.Contains("--corpus");
        if (args.Contains("--timing") && positional.Count == 1 && Directory.Exists(positional[0])) return PrintTiming(positional[0]);
        if (positional.Count == 1 && File.Exists(positional[0])) return PrintDiagnostics(positional[0]);
        if (positional.Count != 1 || !Directory.Exists(positional[0]))
        {
            Console.Error.WriteLine("usage: Copydesk.Evaluation DIR [--verbose] | --corpus DIR [--verbose] | --timing DIR | FILE");
            return 2;
        }
        return corpus ? PrintSurvey(positional[0], verbose) : PrintScores(positional[0], verbose);
    }

    /// <summary>
    /// Milliseconds each stage spends over every article under a folder: reading (Markdig and the prose
    /// view), splitting sentences, then each rule. One thread, in the steady state: warm-up passes first,
    /// so the JIT has compiled the hot code fully before timing (one pass left much of it at its first
    /// tier, and the JIT's own thread counted in the CPU time); then the best of five passes, each after
    /// a garbage collection, so that other work on the machine and earlier stages disturb the figures less.
    /// </summary>
    private static int PrintTiming(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(p => LabelledArticle.Extensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .Select(p => (Path: p, Text: File.ReadAllText(p))).ToList();
        var articles = files.Select(f => Copydesk.Core.Articles.ArticleReader.Read(f.Path, f.Text)).ToList();
        Console.WriteLine($"{articles.Count} articles in {directory}; milliseconds (one thread, steady state, best of five passes):");
        Print("reading", BestOf(() => { foreach (var f in files) Copydesk.Core.Articles.ArticleReader.Read(f.Path, f.Text); }), "Markdig and the prose view");
        Print("sentences", BestOf(() => { foreach (var block in articles.SelectMany(a => a.Blocks)) Copydesk.Core.Text.Sentences.Split(block.Text); }), "sentence splitting");
        foreach (var entry in Copydesk.Core.Engine.Linter.Default.Rules.Entries)
        {
            var linter = new Copydesk.Core.Engine.Linter(new Copydesk.Core.Engine.RuleSet([entry]));
            Print(entry.Rule.Descriptor.Id, BestOf(() => { foreach (var article in articles) linter.Check(article); }), entry.Rule.Descriptor.Title);
        }
        return 0;

        static double BestOf(Action pass)
        {
            // The runtime promotes hot code to its optimized tier some 100 ms after the last new method: warm up longer than that.
            var warmUp = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 3 || warmUp.ElapsedMilliseconds < 500; i++) pass();
            var best = double.MaxValue;
            for (var i = 0; i < 5; i++)
            {
                GC.Collect();
                var stopwatch = System.Diagnostics.Stopwatch.StartNew();
                pass();
                best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
            }
            return best;
        }

        static void Print(string stage, double milliseconds, string what) =>
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-10} {1,8:0.0}  {2}", stage, milliseconds, what));
    }

    /// <summary>One file: every finding with its message, to see why a line was or was not reported.</summary>
    private static int PrintDiagnostics(string path)
    {
        foreach (var d in Copydesk.Core.Engine.Linter.Default.Check(path, File.ReadAllText(path)))
            Console.WriteLine($"{path}{d.Range}: {d.RuleId}: {d.Message} [{d.MatchedText}]");
        return 0;
    }

    private static int PrintScores(string directory, bool verbose)
    {
        var result = Scoring.Evaluate(directory);
        Console.WriteLine($"{result.Files} labelled files in {directory}");
        Console.WriteLine("category            TP   FP   FN  precision  recall     F1");
        foreach (var s in result.Scores)
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,4} {2,4} {3,4}  {4,9:0.000} {5,7:0.000} {6,6:0.000}",
                $"{s.Category} {Scoring.CategoryNames[s.Category]}", s.TruePositives, s.FalsePositives, s.FalseNegatives, s.Precision, s.Recall, s.F1));
        if (verbose)
        {
            foreach (var f in result.FalsePositives) Console.WriteLine($"FP {f.File}:{f.Line} {f.Category}");
            foreach (var f in result.FalseNegatives) Console.WriteLine($"FN {f.File}:{f.Line} {f.Category}");
        }
        return 0;
    }

    private static int PrintSurvey(string directory, bool verbose)
    {
        var (files, counts, findings) = Scoring.Survey(directory);
        Console.WriteLine($"{files} files in {directory}; findings (distinct file, line, category) per 100 files:");
        foreach (var category in Scoring.Categories)
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,6} {2,8:0.00}",
                $"{category} {Scoring.CategoryNames[category]}", counts[category], files == 0 ? 0 : counts[category] * 100.0 / files));
        var main = counts["CD10"] + counts["CD11"] + counts["CD20"] + counts["CD30"];
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,6} {2,8:0.00}", "main four", main, files == 0 ? 0 : main * 100.0 / files));
        if (verbose)
            foreach (var file in findings.Select(f => f.File).Distinct())
                PrintDiagnostics(Path.Combine(directory, file));
        return 0;
    }
}
