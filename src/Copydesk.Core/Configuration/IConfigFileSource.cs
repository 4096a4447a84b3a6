namespace Copydesk.Core.Configuration;

/// <summary>
/// The only way configuration loading touches files. The tool and the MSBuild task read the disk;
/// the Roslyn analyzer, which may not read files, hands in the texts it got as additional files.
/// </summary>
public interface IConfigFileSource
{
    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>The text of a file, or null when it cannot be read.</summary>
    string? ReadAllText(string path);

    /// <summary>The rule pack files (<c>*.yaml</c>, <c>*.yml</c>) directly in a folder, in a stable order.</summary>
    IReadOnlyList<string> PackFilesIn(string folder);
}

/// <summary>Reads configuration and packs from the file system.</summary>
public sealed class PhysicalConfigFileSource : IConfigFileSource
{
    public static readonly PhysicalConfigFileSource Instance = new();

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public string? ReadAllText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public IReadOnlyList<string> PackFilesIn(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(ConfigFileSources.IsPackFile)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
}

/// <summary>Configuration and packs given as texts by path, for front ends that may not read files.</summary>
public sealed class InMemoryConfigFileSource : IConfigFileSource
{
    private readonly Dictionary<string, string> _files;

    public InMemoryConfigFileSource(IEnumerable<KeyValuePair<string, string>> files) =>
        _files = files.ToDictionary(f => ConfigFileSources.Normalize(f.Key), f => f.Value, ConfigFileSources.PathComparer);

    public bool FileExists(string path) => _files.ContainsKey(ConfigFileSources.Normalize(path));

    public bool DirectoryExists(string path)
    {
        var prefix = ConfigFileSources.Normalize(path).TrimEnd('/') + "/";
        return _files.Keys.Any(k => k.StartsWith(prefix, ConfigFileSources.PathComparison));
    }

    public string? ReadAllText(string path) => _files.TryGetValue(ConfigFileSources.Normalize(path), out var text) ? text : null;

    public IReadOnlyList<string> PackFilesIn(string folder)
    {
        var prefix = ConfigFileSources.Normalize(folder).TrimEnd('/') + "/";
        return _files.Keys
            .Where(k => k.StartsWith(prefix, ConfigFileSources.PathComparison) && k.IndexOf('/', prefix.Length) < 0 && ConfigFileSources.IsPackFile(k))
            .OrderBy(k => k, StringComparer.Ordinal)
            .ToList();
    }
}

internal static class ConfigFileSources
{
    public static StringComparison PathComparison { get; } =
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static StringComparer PathComparer { get; } =
        Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public static string Normalize(string path) => path.Replace('\\', '/');

    public static bool IsPackFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
