namespace Copydesk.Evaluation;

/// <summary>One expected or actual finding as the scorer counts it: file, line and category prefix (CD10, CD20, …).</summary>
public readonly record struct ScoredFinding(string File, int Line, string Category);

/// <summary>An article of the evaluation set with the findings its sidecar <c>&lt;name&gt;.expected</c> lists.</summary>
public sealed record LabelledArticle(string Path, string RelativePath, IReadOnlyList<ScoredFinding> Expected)
{
    public static readonly string[] Extensions = [".md", ".markdown", ".txt"];

    /// <summary>The article files under <paramref name="directory"/> that have a sidecar, in a stable order.</summary>
    public static List<LabelledArticle> LoadAll(string directory)
    {
        var result = new List<LabelledArticle>();
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            if (!Extensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)) continue;
            var sidecar = SidecarOf(path);
            if (!File.Exists(sidecar)) continue;
            var relative = System.IO.Path.GetRelativePath(directory, path).Replace('\\', '/');
            result.Add(new LabelledArticle(path, relative, ParseSidecar(relative, File.ReadAllLines(sidecar), sidecar)));
        }
        return result;
    }

    public static string SidecarOf(string articlePath) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(articlePath) ?? ".", System.IO.Path.GetFileNameWithoutExtension(articlePath) + ".expected");

    /// <summary>One <c>LINE CDxxxx</c> per line; blank lines and <c>#</c> comments are ignored.</summary>
    public static List<ScoredFinding> ParseSidecar(string file, IEnumerable<string> lines, string sidecarPath)
    {
        var findings = new List<ScoredFinding>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !int.TryParse(parts[0], out var lineNumber) || Scoring.CategoryOf(parts[1]) is not { } category)
                throw new FormatException($"{sidecarPath}({number}): expected \"LINE CDxxxx\", got \"{raw}\".");
            findings.Add(new ScoredFinding(file, lineNumber, category));
        }
        return findings;
    }
}
