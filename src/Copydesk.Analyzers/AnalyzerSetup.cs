using System.Collections.Immutable;
using Copydesk.Core.Articles;
using Copydesk.Core.Configuration;
using Copydesk.Core.Engine;
using Microsoft.CodeAnalysis;
using CopydeskDiagnostic = Copydesk.Core.Diagnostics.Diagnostic;

namespace Copydesk.Analyzers;

/// <summary>
/// What one compilation needs to lint its files. Analyzers may not read the disk, so the configuration
/// (<c>.copydesk.yaml</c>) and the rule packs it names come from the YAML additional files, through the
/// engine's in-memory configuration source; each article then gets the configuration that applies to its
/// folder, as in the other front ends. Problems in configuration or packs (CD9005) are reported on the
/// file they concern.
/// </summary>
internal sealed class AnalyzerSetup
{
    private readonly ConfigurationResolver _resolver;
    private readonly ImmutableDictionary<string, ImmutableArray<CopydeskDiagnostic>> _notes;

    private AnalyzerSetup(ConfigurationResolver resolver, ImmutableDictionary<string, ImmutableArray<CopydeskDiagnostic>> notes)
    {
        _resolver = resolver;
        _notes = notes;
    }

    public static AnalyzerSetup Create(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var yaml = new List<KeyValuePair<string, string>>();
        foreach (var file in files)
        {
            if (!IsYaml(file.Path)) continue;
            if (file.GetText(cancellationToken) is { } text) yaml.Add(new(file.Path, text.ToString()));
        }
        var resolver = new ConfigurationResolver(new InMemoryConfigFileSource(yaml));

        // Resolve every article up front, so each configuration error is known before any file is reported.
        var articles = files.Where(f => ArticleReader.IsSupportedPath(f.Path)).Select(f => f.Path).ToList();
        foreach (var article in articles) resolver.Resolve(article);

        var known = new HashSet<string>(files.Select(f => Normalize(f.Path)), StringComparer.Ordinal);
        var firstArticle = articles.Select(Normalize).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
        var notes = resolver.ErrorDiagnostics
            // A note about a file the compiler was not given (a pack missing from AdditionalFiles is reported on the
            // config line that names it, but a parent config may be absent) still needs one file's action to carry it.
            .GroupBy(d => known.Contains(Normalize(d.FilePath)) || firstArticle is null ? Normalize(d.FilePath) : firstArticle)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        return new AnalyzerSetup(resolver, notes);
    }

    /// <summary>The linter for an article, or null when the configuration excludes it.</summary>
    public Linter? LinterFor(string path)
    {
        var configuration = _resolver.Resolve(path);
        return configuration.IsExcluded ? null : configuration.Linter;
    }

    public ImmutableArray<CopydeskDiagnostic> NotesFor(string path) =>
        _notes.TryGetValue(Normalize(path), out var notes) ? notes : ImmutableArray<CopydeskDiagnostic>.Empty;

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string path) => path.Replace('\\', '/');
}
