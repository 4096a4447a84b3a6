using BenchmarkDotNet.Attributes;
using Copydesk.Core.Articles;
using Copydesk.Core.Engine;

namespace Copydesk.Benchmarks;

/// <summary>
/// Reading and linting the real corpus held in memory, so disk and start-up are out of the figures.
/// CORPUS names the folder (default: shared/corpus/cpp-docs-1k beside the clone).
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private (string Path, string Text)[] _files = [];
    private Article[] _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Environment.GetEnvironmentVariable("CORPUS") ?? FindCorpus();
        _files = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToArray();
        _articles = _files.Select(f => ArticleReader.Read(f.Path, f.Text)).ToArray();
    }

    [Benchmark(Description = "read articles (Markdig + prose view)")]
    public int ReadArticles()
    {
        var blocks = 0;
        foreach (var (path, text) in _files) blocks += ArticleReader.Read(path, text).Blocks.Count;
        return blocks;
    }

    [Benchmark(Description = "run the built-in rules on read articles")]
    public int RunRules()
    {
        var found = 0;
        foreach (var article in _articles) found += Linter.Default.Check(article).Count;
        return found;
    }

    [Benchmark(Description = "read and lint, as one file at a time")]
    public int ReadAndLint()
    {
        var found = 0;
        foreach (var (path, text) in _files) found += Linter.Default.Check(path, text).Count;
        return found;
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "cpp-docs-1k");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("Set CORPUS to a folder of Markdown files.");
    }
}
