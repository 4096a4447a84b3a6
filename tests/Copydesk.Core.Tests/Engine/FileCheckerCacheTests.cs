using System.Collections.Concurrent;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;

namespace Copydesk.Core.Tests.Engine;

/// <summary>The result cache sees each file's exact bytes, though workers read into buffers they reuse.</summary>
public sealed class FileCheckerCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copydesk-checker-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Remembers what it was shown and answers from what it was given, keyed by path and bytes.</summary>
    private sealed class RememberingCache : IResultCache
    {
        public ConcurrentDictionary<string, byte[]> Seen { get; } = new();
        private readonly ConcurrentDictionary<string, IReadOnlyList<Diagnostic>> _stored = new();

        private static string Key(SourceFile file, ReadOnlySpan<byte> content) => file.FullPath + "\n" + Convert.ToBase64String(content.ToArray());

        public bool TryGetUnchanged(SourceFile file, out IReadOnlyList<Diagnostic> diagnostics)
        {
            diagnostics = [];
            return false;
        }

        public bool TryGet(SourceFile file, ReadOnlySpan<byte> content, out IReadOnlyList<Diagnostic> diagnostics)
        {
            Seen[file.FullPath] = content.ToArray();
            return _stored.TryGetValue(Key(file, content), out diagnostics!);
        }

        public void Add(SourceFile file, ReadOnlySpan<byte> content, IReadOnlyList<Diagnostic> diagnostics) =>
            _stored[Key(file, content)] = diagnostics;
    }

    [Fact]
    public void Long_and_short_files_in_any_order_reach_the_cache_and_the_rules_whole()
    {
        var sizes = new[] { 200_000, 12, 70_000, 0, 150_000, 3, 65_536, 65_537, 1 };
        var files = new List<SourceFile>();
        for (var i = 0; i < sizes.Length * 4; i++)
        {
            var path = Path.Combine(_folder, $"f{i:00}.md");
            var body = new string('a', Math.Max(0, sizes[i % sizes.Length] - 30));
            File.WriteAllText(path, sizes[i % sizes.Length] < 30 ? new string('b', sizes[i % sizes.Length]) : $"# T{i}\n\n{body} , end.\n");
            files.Add(new SourceFile(path, $"f{i:00}.md"));
        }
        var cache = new RememberingCache();
        var checker = new FileChecker(Linter.Default, cache);

        var cold = checker.Check(files, maxParallelism: 2);
        var warm = checker.Check(files, maxParallelism: 2);

        foreach (var file in files) Assert.Equal(File.ReadAllBytes(file.FullPath), cache.Seen[file.FullPath]);
        var alone = files.Select(f => new FileChecker(Linter.Default).CheckOne(f)).ToList();
        Assert.Equal(Texts(alone), Texts(cold));
        Assert.Equal(Texts(cold), Texts(warm));
        Assert.Contains(cold, r => r.Diagnostics.Any(d => d.RuleId == "CD4002"));
    }

    private static List<string> Texts(IReadOnlyList<FileResult> results) =>
        results.SelectMany(r => r.Diagnostics.Select(d => $"{d.FilePath}{d.Range} {d.RuleId} {d.Message}")).ToList();
}
