using System.Reflection;
using Copydesk.Core.Configuration;

namespace Copydesk.Core.Packs;

/// <summary>The packs in the repository's <c>rules/</c> folder, embedded in this assembly so every front end has them.</summary>
public static class ShippedPacks
{
    private const string Prefix = "rules/";

    private static readonly Lazy<IReadOnlyList<RulePack>> Loaded = new(LoadAll);

    public static IReadOnlyList<RulePack> All => Loaded.Value;

    public static IEnumerable<PackRule> Rules => All.SelectMany(p => p.Rules);

    private static IReadOnlyList<RulePack> LoadAll()
    {
        var assembly = typeof(ShippedPacks).Assembly;
        var packs = new List<RulePack>();
        var errors = new List<ConfigurationError>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            packs.Add(RulePackLoader.Load(name, reader.ReadToEnd(), shipped: true, errors));
        }
        // A broken shipped pack is a bug in Copydesk itself; the tests load every pack and fail on it.
        if (errors.Count > 0) throw new InvalidOperationException("Invalid shipped rule pack: " + string.Join("; ", errors));
        return packs;
    }
}
