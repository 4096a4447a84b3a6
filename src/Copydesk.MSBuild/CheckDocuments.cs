using System.Security.Cryptography;
using System.Text;
using Copydesk.Core.Configuration;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Engine;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace Copydesk.MSBuild;

/// <summary>
/// Lints the project's docs and stores the findings with <see cref="FindingsStore"/>; it logs none of
/// them itself. <see cref="ReportFindings"/> logs the stored findings on every build, so an
/// up-to-date build that skips this task still shows them.
/// </summary>
public sealed class CheckDocuments : Task
{
    /// <summary>The files to check (<c>@(CopydeskFile)</c>).</summary>
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>Where the findings are kept between builds.</summary>
    [Required]
    public string FindingsFile { get; set; } = "";

    /// <summary>Optional: a <c>.copydesk.yaml</c> used for every file instead of searching up from each (<c>$(CopydeskConfig)</c>).</summary>
    public string? ConfigFile { get; set; }

    /// <summary>Optional: where to list the configuration and rule pack files the run read, for the next build's up-to-date check.</summary>
    public string? DependenciesFile { get; set; }

    public override bool Execute()
    {
        try
        {
            FindingsStore.Write(FindingsFile, Check());
            return true;
        }
        catch (Exception ex)
        {
            // Never let an exception escape into MSBuild: one clear error, and no findings file,
            // so the next build runs the check again instead of replaying a stale result.
            InternalFailure.TryDelete(FindingsFile);
            Log.LogError("Copydesk", InternalFailure.Code, null, InternalFailure.HelpLink, null, 0, 0, 0, 0,
                "Copydesk could not check the docs: {0}: {1}", ex.GetType().Name, ex.Message);
            return false;
        }
    }

    private List<CheckedFile> Check()
    {
        // Full paths as display paths: MSBuild and the IDE resolve them from any folder.
        var paths = Files.Select(f => Path.GetFullPath(f.GetMetadata("FullPath") is { Length: > 0 } full ? full : f.ItemSpec))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

        // Each file's .copydesk.yaml chain (or the one CopydeskConfig names) decides its rules and whether it is checked.
        var resolver = new ConfigurationResolver(PhysicalConfigFileSource.Instance, string.IsNullOrEmpty(ConfigFile) ? null : ConfigFile);
        var configurations = new Dictionary<string, EffectiveConfiguration>(StringComparer.Ordinal);
        foreach (var path in paths) configurations[path] = resolver.Resolve(path);
        var files = paths.Where(p => !configurations[p].IsExcluded).Select(p => new SourceFile(p, p)).ToList();

        var errors = resolver.Errors;
        var dependencies = Dependencies(configurations.Values, errors);
        var previous = new PreviousResults(FindingsStore.TryRead(FindingsFile), Digest(dependencies), file => configurations[file.FullPath].Rules);
        var results = new FileChecker(file => configurations[file.FullPath].Linter, previous).Check(files);
        Log.LogMessage(MessageImportance.Normal, "Copydesk: {0} file(s) checked, {1} of them unchanged since the last check.",
            results.Count, previous.Reused);

        if (!string.IsNullOrEmpty(DependenciesFile))
            WriteDependencies(DependenciesFile!, dependencies);

        var categories = CategoryIndex(configurations.Values.Select(c => c.Rules).Distinct());
        StoredFinding Store(Diagnostic d) => StoredFinding.From(d, categories.TryGetValue(d.RuleId, out var c) ? c : "");

        // Configuration and pack problems belong to those files; each is reported once, not once per doc.
        var configurationFindings = errors.GroupBy(e => e.FilePath, StringComparer.Ordinal)
            .Select(g => new CheckedFile(g.Key, "", g.Select(e => Store(e.ToDiagnostic())).ToList()));
        var fileFindings = results.Select(r => new CheckedFile(r.File.FullPath, previous.KeyOf(r.File.FullPath),
            r.Diagnostics.Select(Store).ToList()));
        return configurationFindings.Concat(fileFindings).ToList();
    }

    /// <summary>The configuration files and rule packs this run read: a change to any of them means checking again.</summary>
    private static List<string> Dependencies(IEnumerable<EffectiveConfiguration> configurations, IReadOnlyList<ConfigurationError> errors)
    {
        var configFiles = configurations.SelectMany(c => c.ConfigFiles).Concat(errors.Select(e => e.FilePath))
            .Distinct(StringComparer.Ordinal).ToList();
        var packs = new List<string>();
        foreach (var configFile in configFiles.Where(File.Exists))
        {
            var text = PhysicalConfigFileSource.Instance.ReadAllText(configFile);
            if (text is null) continue;
            foreach (var pack in ConfigFileParser.Parse(configFile, text, []).Packs)
            {
                if (File.Exists(pack.Path)) packs.Add(pack.Path);
                else if (Directory.Exists(pack.Path)) packs.AddRange(PhysicalConfigFileSource.Instance.PackFilesIn(pack.Path));
            }
        }
        return configFiles.Concat(packs).Where(File.Exists).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
    }

    /// <summary>One hash of the dependencies' paths and contents, so kept findings are reused only under the same settings.</summary>
    private static string Digest(IEnumerable<string> dependencies)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in dependencies)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
            try
            {
                sha.AppendData(File.ReadAllBytes(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                sha.AppendData(Encoding.UTF8.GetBytes("unreadable"));
            }
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static Dictionary<string, string> CategoryIndex(IEnumerable<RuleSet> ruleSets)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var descriptor in ruleSets.SelectMany(r => r.Descriptors).Concat(ToolDescriptors.All))
            index[descriptor.Id] = descriptor.Category.ToString().ToLowerInvariant();
        return index;
    }

    private static void WriteDependencies(string path, IEnumerable<string> files)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllLines(path, files);
    }
}
