namespace Copydesk.Cli.Caching;

/// <summary>The folder the caches are written to, which lands in the user's repository (hooks run at its root).</summary>
internal static class CacheFolder
{
    /// <summary>Creates the folder, with a .gitignore that keeps it out of `git add -A`.</summary>
    public static void Prepare(string folder)
    {
        Directory.CreateDirectory(folder);
        var ignore = Path.Combine(folder, ".gitignore");
        if (!File.Exists(ignore)) File.WriteAllText(ignore, "# Written by copydesk: the result cache is never committed.\n*\n");
    }
}
