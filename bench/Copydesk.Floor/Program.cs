using System.Buffers;
using Markdig;

// The least any Markdown linter must do: read each file, parse it, search its text once.
var root = args.Length > 0 ? args[0] : ".";
var files = File.Exists(root) ? [root] : Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).ToArray();
var pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter().UsePipeTables().Build();
var terms = SearchValues.Create(["Advertisement", "Related Posts", "Subscribe", "lorem ipsum"], StringComparison.OrdinalIgnoreCase);
var hits = 0;
var blocks = 0;
Parallel.ForEach(files, file =>
{
    var text = File.ReadAllText(file);
    var document = Markdown.Parse(text, pipeline);
    Interlocked.Add(ref blocks, document.Count);
    for (var span = text.AsSpan(); ;)
    {
        var index = span.IndexOfAny(terms);
        if (index < 0) break;
        Interlocked.Increment(ref hits);
        span = span[(index + 1)..];
    }
});
Console.WriteLine($"{files.Length} files, {blocks} top-level blocks, {hits} hits");
