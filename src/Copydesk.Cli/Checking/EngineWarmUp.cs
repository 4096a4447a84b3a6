using Copydesk.Core.Articles;
using Copydesk.Core.Engine;

namespace Copydesk.Cli.Checking;

/// <summary>
/// Loads the shipped rule packs (YAML, rule objects) and runs the Markdown reader once on another
/// core while the main thread reads the command line, the configuration and the file list. Their
/// first use is mostly one-time loading and JIT work, which a one-file pre-commit run would
/// otherwise wait for. Builds no rule pattern: whether those are compiled is decided later.
/// </summary>
internal static class EngineWarmUp
{
    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(_ =>
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
