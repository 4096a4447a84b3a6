namespace Copydesk.Hooks.Tests.Support;

/// <summary>
/// The articles the hook tests commit: a clean one, and the same one with the newsletter box of the
/// site's chrome left at the end (CD2002 widget residue, an error), which must stop a commit.
/// </summary>
public static class Articles
{
    public const string Clean = """
        # Xiaomi and Leica

        Leica approached Xiaomi first, the company said in a statement on Monday.

        The two firms will keep working together on the camera of the next phone.

        """;

    public const string DefectRuleId = "CD2002";

    public static string WithDefect => Clean + """

        Subscribe to Updates

        Enter your email address to get new stories by email.

        """;

    /// <summary>The 1-based line of the leftover block, as findings report it.</summary>
    public static int DefectLine =>
        WithDefect.Split('\n').ToList().FindIndex(line => line.Contains("Subscribe to Updates", StringComparison.Ordinal)) + 1;
}
