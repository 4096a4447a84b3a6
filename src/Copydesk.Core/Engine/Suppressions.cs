using System.Text.RegularExpressions;
using Copydesk.Core.Text;
using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Core.Engine;

/// <summary>
/// In-file suppressions for Markdown, markdownlint-style HTML comments:
/// <c>&lt;!-- copydesk-disable [IDs] --&gt;</c> … <c>&lt;!-- copydesk-enable [IDs] --&gt;</c>,
/// <c>&lt;!-- copydesk-disable-next-line [IDs] --&gt;</c> and <c>&lt;!-- copydesk-disable-file [IDs] --&gt;</c>.
/// Without IDs a comment covers every rule except the tool's own CD90xx notes. Comments inside
/// code are examples, not directives.
/// </summary>
public sealed class Suppressions
{
    private static readonly Regex Directive = new(
        @"<!--[ \t]*copydesk-(?<kind>disable-next-line|disable-file|disable|enable)(?<ids>(?:[ \t,]+[A-Za-z][A-Za-z0-9_.\-]*)*)[ \t]*-->",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly List<(int Start, RangeState State)> _segments = [];
    private readonly List<(int Line, IdSet Ids)> _lines = [];
    private readonly List<IdSet> _file = [];

    // Most files hold no directive; a vectorized search says so (string.IndexOf ignoring case is slow in invariant mode).
    private static readonly LiteralSet DirectivePrefix = new(["copydesk-"]);

    public static Suppressions Parse(Article article)
    {
        var result = new Suppressions();
        var text = article.Text;
        if (!DirectivePrefix.ContainsAny(text.AsSpan())) return result;

        var state = RangeState.Enabled;
        foreach (Match match in Directive.Matches(text))
        {
            if (IsInCode(article, match.Index)) continue;
            var ids = new IdSet(match.Groups["ids"].Value);
            switch (match.Groups["kind"].Value.ToLowerInvariant())
            {
                case "disable-file":
                    result._file.Add(ids);
                    break;
                case "disable-next-line":
                    result._lines.Add((article.Lines.GetPosition(match.Index + match.Length).Line + 1, ids));
                    break;
                case "disable":
                    state = state.With(ids, disable: true);
                    result._segments.Add((match.Index, state));
                    break;
                case "enable":
                    state = state.With(ids, disable: false);
                    result._segments.Add((match.Index, state));
                    break;
            }
        }
        return result;
    }

    public bool IsEmpty => _segments.Count == 0 && _lines.Count == 0 && _file.Count == 0;

    public bool Suppresses(Diagnostic diagnostic)
    {
        var id = diagnostic.RuleId;
        if (_file.Any(ids => ids.Covers(id))) return true;
        if (_lines.Any(l => l.Line == diagnostic.Range.StartLine && l.Ids.Covers(id))) return true;
        var state = RangeState.Enabled;
        foreach (var (start, segmentState) in _segments)
        {
            if (start > diagnostic.Start) break;
            state = segmentState;
        }
        return state.Disables(id);
    }

    public void Apply(List<Diagnostic> diagnostics)
    {
        if (!IsEmpty) diagnostics.RemoveAll(Suppresses);
    }

    private static bool IsInCode(Article article, int offset)
    {
        foreach (var block in article.CodeBlocks)
            if (block.Start <= offset && offset < block.End) return true;
        // An inline-code example: `<!-- copydesk-disable -->`.
        return offset > 0 && article.Text[offset - 1] == '`';
    }

    /// <summary>The IDs a directive names; none named means every rule but the tool's own notes.</summary>
    private sealed class IdSet
    {
        public IdSet(string list)
        {
            var ids = list.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
            Ids = ids.Length == 0 ? null : new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>Null when the directive names no IDs.</summary>
        public HashSet<string>? Ids { get; }

        public bool Covers(string id) => Ids?.Contains(id) ?? IsRule(id);
    }

    private static bool IsRule(string id) => !id.StartsWith("CD9", StringComparison.Ordinal);

    /// <summary>
    /// What is disabled from one directive on: either everything but <see cref="Ids"/> (after a bare
    /// disable) or just <see cref="Ids"/>.
    /// </summary>
    private sealed record RangeState(bool AllDisabled, IReadOnlyCollection<string> Ids)
    {
        public static readonly RangeState Enabled = new(false, []);

        public bool Disables(string id) => AllDisabled ? IsRule(id) && !Ids.Contains(id, StringComparer.OrdinalIgnoreCase) : Ids.Contains(id, StringComparer.OrdinalIgnoreCase);

        public RangeState With(IdSet directive, bool disable)
        {
            if (directive.Ids is null) return new RangeState(disable, []);
            var ids = new HashSet<string>(Ids, StringComparer.OrdinalIgnoreCase);
            // Under a bare disable, Ids lists the re-enabled rules; otherwise the disabled ones.
            if (disable == AllDisabled) ids.ExceptWith(directive.Ids);
            else ids.UnionWith(directive.Ids);
            return new RangeState(AllDisabled, ids);
        }
    }
}
