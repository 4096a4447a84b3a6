using System.Text.RegularExpressions;
using Copydesk.Core.Packs;
using Copydesk.Core.Tests.Robustness;
using CsCheck;

namespace Copydesk.Core.Tests.Packs;

/// <summary>Boilerplate lines are compared normalized; ASCII lines with single spaces take a vectorized shortcut.</summary>
public sealed class BoilerplateNormalizeTests
{
    [Fact]
    public void Normalizing_agrees_with_its_definition_on_any_line()
    {
        Property.ForAll(Gen.Select(LineGen, Gen.Bool), sample =>
        {
            var (line, ignoreCase) = sample;
            Assert.Equal(Expected(line, ignoreCase), BoilerplateRule.Normalize(line, ignoreCase));
        }, iterations: 2_000);
    }

    [Theory]
    [InlineData("  Related   Posts:  ", "related posts")]
    [InlineData("Leave a Reply\t→", "leave a reply")]
    [InlineData("Comments (3)", "comments (3)")]
    [InlineData("Über uns", "über uns")]
    public void Blanks_collapse_case_folds_and_closing_marks_go(string line, string expected) =>
        Assert.Equal(expected, BoilerplateRule.Normalize(line, ignoreCase: true));

    /// <summary>The definition: blanks collapsed to one space, trimmed, case folded when asked, closing marks dropped.</summary>
    private static string Expected(string line, bool ignoreCase)
    {
        var collapsed = string.Join(" ", line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (ignoreCase) collapsed = collapsed.ToLowerInvariant();
        return Regex.Replace(collapsed, "[:.…!›»→>* |\\-–—]+$", "");
    }

    private static readonly Gen<string> LineGen =
        Gen.Frequency((6, Gen.Char["abcXYZ .:-"]), (1, Gen.Char["\t\r\u00A0\u2003éÉ→|*!"])).Array[0, 30].Select(c => new string(c));
}
