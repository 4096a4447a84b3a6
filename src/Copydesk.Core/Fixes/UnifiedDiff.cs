using System.Text;

namespace Copydesk.Core.Fixes;

/// <summary>A unified diff (as <c>diff -u</c> and <c>git apply</c> read it) between two versions of a text.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    private readonly record struct DiffLine(char Kind, string Line, int OldIndex, int NewIndex);

    public static string Create(string oldText, string newText, string path)
    {
        if (oldText == newText) return "";
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var ops = Diff(a, b);

        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ') { i++; continue; }
            var start = Math.Max(0, i - Context);
            var end = i;
            // Extend the hunk while the next change is within two contexts.
            while (true)
            {
                while (end < ops.Count && ops[end].Kind != ' ') end++;
                var next = end;
                while (next < ops.Count && ops[next].Kind == ' ') next++;
                if (next < ops.Count && next - end <= 2 * Context) { end = next; continue; }
                end = Math.Min(ops.Count, end + Context);
                break;
            }
            WriteHunk(output, ops, start, end);
            i = end;
        }
        return output.ToString();
    }

    private static void WriteHunk(StringBuilder output, List<DiffLine> ops, int start, int end)
    {
        var oldStart = ops[start].OldIndex;
        var newStart = ops[start].NewIndex;
        var oldCount = 0;
        var newCount = 0;
        for (var k = start; k < end; k++)
        {
            if (ops[k].Kind != '+') oldCount++;
            if (ops[k].Kind != '-') newCount++;
        }
        output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        for (var k = start; k < end; k++)
        {
            var line = ops[k].Line;
            var body = line.TrimEnd('\n', '\r');
            output.Append(ops[k].Kind).Append(body).Append('\n');
            if (!line.EndsWith("\n", StringComparison.Ordinal)) output.Append("\\ No newline at end of file\n");
        }
    }

    private static string Range(int index, int count) => count == 0 ? $"{index},0" : count == 1 ? $"{index + 1}" : $"{index + 1},{count}";

    /// <summary>Lines with their line breaks, so a changed ending is a changed line.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(text.Substring(start, i + 1 - start));
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text.Substring(start));
        return lines;
    }

    /// <summary>An edit script: common prefix and suffix trimmed, the middle by longest common subsequence.</summary>
    private static List<DiffLine> Diff(List<string> a, List<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix]) suffix++;

        var n = a.Count - prefix - suffix;
        var m = b.Count - prefix - suffix;
        var lcs = new int[n + 1, m + 1];
        for (var x = n - 1; x >= 0; x--)
            for (var y = m - 1; y >= 0; y--)
                lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);

        var ops = new List<DiffLine>();
        for (var k = 0; k < prefix; k++) ops.Add(new DiffLine(' ', a[k], k, k));
        int i = 0, j = 0;
        while (i < n || j < m)
        {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) { ops.Add(new DiffLine(' ', a[prefix + i], prefix + i, prefix + j)); i++; j++; }
            else if (i < n && (j == m || lcs[i + 1, j] >= lcs[i, j + 1])) { ops.Add(new DiffLine('-', a[prefix + i], prefix + i, prefix + j)); i++; }
            else { ops.Add(new DiffLine('+', b[prefix + j], prefix + i, prefix + j)); j++; }
        }
        for (var k = 0; k < suffix; k++) ops.Add(new DiffLine(' ', a[a.Count - suffix + k], a.Count - suffix + k, b.Count - suffix + k));
        return ops;
    }
}
