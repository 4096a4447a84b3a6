using Copydesk.Core.Articles;
using Copydesk.Core.Engine;

namespace Copydesk.Cli.Checking;

/// <summary>
/// Loads the shipped rule packs (YAML, rule objects) and runs the Markdown reader once on another
/// core while the main thread reads the command line, the configuration and the file list. Their
/// first use is mostly one-time loading and JIT work, which a one-file pre-commit run would
/// otherwise wait for. Builds no rule pattern: each is built when first used.
/// Only for runs that will lint: in a run served from the result cache it would compete for the
/// second core and the runtime's locks with the work the run does need (it made such a run 40% slower).
/// </summary>
internal static class EngineWarmUp
{
    private static int _started;

    /// <summary>Whether the command line alone says the run will lint (no cache to serve it), so the warm-up can start before it is parsed.</summary>
    public static bool IsSurelyNeeded(string[] args) =>
        args.Length > 0 && args[0] == "check" &&
        (Array.IndexOf(args, "--no-cache") >= 0 || Array.Exists(args, a => a.StartsWith("--stdin-filename", StringComparison.Ordinal)));

    /// <summary>Starts the warm-up once; later calls do nothing.</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 1) return;
        ThreadPool.UnsafeQueueUserWorkItem(_ =>
        {
            try
            {
                _ = RuleSet.BuiltIn;
                MarkdownArticleReader.Read("warm-up.md", "# Warm-up\n\nA paragraph, with *emphasis* and a [link](https://example.test).\n");
            }
            catch (Exception)
            {
                // Only a head start: the check itself meets and reports any failure.
            }
        }, null);
    }
}
