namespace Copydesk.Hooks.Tests.Support;

/// <summary>
/// The articles the hook tests commit: a clean one, and the same one with a defect that must stop a commit.
/// </summary>
public static class Articles
{
    public const string Clean = """
        # Xiaomi and Leica

        Leica approached Xiaomi first, the company said in a statement on Monday.

        The two firms will keep working together on the camera of the next phone.

        """;

    // Until the widget-residue rule (CD2002, an error) is on main, the defect is a stray space before
    // punctuation (CD4002, a suggestion) and the hooks are run with --fail-on suggestion.
    public const string DefectRuleId = "CD4002";

    public static readonly string[] FailOnArguments = ["--fail-on", "suggestion"];

    public static string WithDefect => Clean.Replace("first,", "first ,", StringComparison.Ordinal);
}
