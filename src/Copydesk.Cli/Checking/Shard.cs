using Copydesk.Core.Engine;

namespace Copydesk.Cli.Checking;

/// <summary>
/// `--shard K/N`: part K of N of the files, chosen by a stable hash of the display path, so every
/// machine and run of a CI matrix agrees on the split without talking to the others.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var index) && int.TryParse(parts[1], out var count)
            && count >= 1 && index >= 1 && index <= count)
            return new Shard(index, count);
        throw new CliUsageException($"--shard takes K/N with 1 <= K <= N, not '{text}'");
    }

    public bool Contains(SourceFile file) => StableHash(file.DisplayPath) % (uint)Count == (uint)(Index - 1);

    /// <summary>SARIF runAutomationDetails.id: one category, one run per shard.</summary>
    public string AutomationId => $"copydesk/shard-{Index}-of-{Count}";

    /// <summary>FNV-1a over the path's UTF-16 units: string.GetHashCode is randomised per process.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash;
    }
}
