using System.Text;

namespace Copydesk.Core.Tests.Harness;

/// <summary>An expected finding: the rule ID and the span it must cover in the unmarked text.</summary>
public sealed record ExpectedFinding(string RuleId, int Start, int Length);

/// <summary>
/// Fixtures mark expected findings inline, Roslyn-style: <c>{|CD2001:Advertisement|}</c>.
/// <see cref="Parse"/> strips the markup and returns the plain text with the expected spans.
/// </summary>
public static class FixtureMarkup
{
    public static (string Text, List<ExpectedFinding> Expected) Parse(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var expected = new List<ExpectedFinding>();
        var open = new Stack<(string Id, int Start)>();
        var i = 0;
        while (i < marked.Length)
        {
            if (marked[i] == '{' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                var colon = marked.IndexOf(':', i + 2);
                open.Push((marked.Substring(i + 2, colon - i - 2), text.Length));
                i = colon + 1;
            }
            else if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                expected.Add(new ExpectedFinding(id, start, text.Length - start));
                i += 2;
            }
            else
            {
                text.Append(marked[i++]);
            }
        }
        if (open.Count > 0) throw new FormatException($"Unclosed fixture markup for {open.Peek().Id}.");
        return (text.ToString(), expected);
    }
}
