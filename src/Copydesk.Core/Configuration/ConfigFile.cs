using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Configuration;

/// <summary>A rule's setting in one configuration file: a severity, options, or both.</summary>
public sealed record RuleSetting(Severity? Severity, IReadOnlyDictionary<string, object?> Options);

/// <summary>A pack a configuration names: the resolved path, and where the configuration names it.</summary>
public sealed record PackReference(string Path, int Line, int Column);

/// <summary>One <c>.copydesk.yaml</c> as written; <see cref="ConfigurationResolver"/> merges a file with its parents.</summary>
public sealed record ConfigFile(
    string FilePath,
    string Directory,
    bool IsRoot,
    IReadOnlyList<Glob> Include,
    IReadOnlyList<Glob> Exclude,
    IReadOnlyList<PackReference> Packs,
    IReadOnlyDictionary<string, (RuleSetting Setting, int Line, int Column)> Rules,
    IReadOnlyList<string> AcceptedTerms)
{
    public const string FileName = ".copydesk.yaml";

    /// <summary>Also looked for, after <see cref="FileName"/>.</summary>
    public const string AlternateFileName = ".copydesk.yml";
}
