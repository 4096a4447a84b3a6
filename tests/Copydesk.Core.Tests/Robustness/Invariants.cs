using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Tests.Robustness;

/// <summary>What must hold for any article and any finding, generated or real.</summary>
internal static class Invariants
{
    public static void AssertProseViewIsFaithful(Article article)
    {
        Assert.Equal(article.Text.Length, article.Prose.Length);
        for (var i = 0; i < article.Text.Length; i++)
        {
            var (prose, text) = (article.Prose[i], article.Text[i]);
            // Prose is the text or a blank; line breaks are all '\n' (a CRLF as " \n").
            var expected = text switch
            {
                '\n' => "\n",
                '\r' => i + 1 < article.Text.Length && article.Text[i + 1] == '\n' ? " " : "\n",
                _ => prose == ' ' ? " " : text.ToString(),
            };
            Assert.True(expected == prose.ToString(), $"prose view has {(int)prose} for {(int)text} at {i}");
        }
        foreach (var block in article.Blocks)
        {
            Assert.InRange(block.Start, 0, article.Text.Length);
            Assert.InRange(block.End, block.Start, article.Text.Length);
            Assert.Equal(article.Prose.Substring(block.Start, block.Text.Length), block.Text);
        }
    }

    public static void AssertSpanIsReal(string text, LineIndex lines, Diagnostic d)
    {
        Assert.True(d.Start >= 0 && d.Length >= 0 && d.Start <= text.Length - d.Length, $"{d.RuleId} span [{d.Start}, +{d.Length}) outside {text.Length}");
        Assert.Equal(lines.GetRange(d.Start, d.Length), d.Range);
        if (!d.RuleId.StartsWith("CD9", StringComparison.Ordinal) || d.MatchedText.Length > 0)
            Assert.Equal(text.Substring(d.Start, d.Length), d.MatchedText);
        foreach (var edit in d.Fix ?? [])
            Assert.True(edit.Start >= 0 && edit.Length >= 0 && edit.Start <= text.Length - edit.Length, $"{d.RuleId} fix edit outside the file");
    }
}
