namespace Copydesk.Cli.Checking;

/// <summary>
/// Ordinal string order as a plain loop. string.CompareOrdinal is vectorised code that ReadyToRun leaves to the
/// JIT, which compiles it unoptimised at start-up, and sorting a file list calls it ten thousand times.
/// </summary>
internal static class Ordinal
{
    /// <summary>Same sign as <see cref="string.CompareOrdinal(string, string)"/>.</summary>
    public static int Compare(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
            if (a[i] != b[i]) return a[i] - b[i];
        return a.Length - b.Length;
    }
}
