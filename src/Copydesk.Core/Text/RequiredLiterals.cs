using System.Text.RegularExpressions;

namespace Copydesk.Core.Text;

/// <summary>
/// Finds strings of which every match of a regular expression contains at least one ("advertisement" for
/// <c>[.!?]\s+(?:Advertisement|ADVERTISEMENT)\p{Lu}</c>), so that a text holding none of them is
/// passed over by one vectorized search instead of a run of the pattern. The analysis is
/// conservative: syntax it does not know yields no literals, and the pattern then always runs.
/// Literals are lower case and meant to be searched for ignoring case.
/// </summary>
public static class RequiredLiterals
{
    private const int MaxSetSize = 48;

    /// <summary>The literals, or null when the pattern can match without any fixed text.</summary>
    /// <param name="forNormalizedText">
    /// The pattern will see the text normalized (runs of blanks collapsed, lower-cased): only literals
    /// without blanks and without the letters lower-casing can produce (k from the Kelvin sign) count.
    /// </param>
    public static IReadOnlyList<string>? Of(string pattern, RegexOptions options, bool forNormalizedText = false)
    {
        if ((options & RegexOptions.IgnorePatternWhitespace) != 0) return null;
        try
        {
            var parser = new Parser(pattern, (options & RegexOptions.IgnoreCase) != 0, forNormalizedText);
            var root = parser.Alternation();
            if (!parser.AtEnd) return null;
            return root.Best?.Items;
        }
        catch (Exception ex) when (ex is NotSupportedException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// For a pattern anchored at the start of its input (<c>^</c> first, one top-level branch, no
    /// multiline mode): strings one of which every match starts with ("share" for
    /// <c>^(?:share|tweet) on</c>), or null. Only meaningful for a text that is the pattern's whole input.
    /// </summary>
    public static IReadOnlyList<string>? AnchoredPrefixes(string pattern, RegexOptions options, bool forNormalizedText = false)
    {
        const RegexOptions changeAnchoring = RegexOptions.IgnorePatternWhitespace | RegexOptions.Multiline | RegexOptions.RightToLeft;
        if ((options & changeAnchoring) != 0 || !pattern.StartsWith("^", StringComparison.Ordinal)) return null;
        try
        {
            var parser = new Parser(pattern, (options & RegexOptions.IgnoreCase) != 0, forNormalizedText);
            var prefix = parser.AnchoredSequence()?.Prefix;
            return prefix is null || prefix.HasEmpty || parser.SawMultiline ? null : prefix.Items;
        }
        catch (Exception ex) when (ex is NotSupportedException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A set of alternative strings with its shortest length kept, for cheap comparisons.</summary>
    private sealed class Strings
    {
        public static readonly Strings EmptyOnly = new([""]);

        public Strings(IEnumerable<string> items)
        {
            Items = new HashSet<string>(items, StringComparer.Ordinal).ToArray();
            Shortest = Items.Length == 0 ? 0 : Items.Min(s => s.Length);
        }

        public string[] Items { get; }
        public int Shortest { get; }
        public int Count => Items.Length;
        /// <summary>Holds "": the piece may match nothing, so the set says nothing.</summary>
        public bool HasEmpty => Shortest == 0;
    }

    /// <summary>
    /// What is known of a piece of a pattern, as sets of lower-case strings: every string it can match
    /// (when few), strings every match starts with and ends with ({""} when nothing is known), and the
    /// most selective set of which every match contains one.
    /// </summary>
    private sealed class Facts
    {
        public static Facts Empty { get; } = new(Strings.EmptyOnly, Strings.EmptyOnly, Strings.EmptyOnly, null);
        public static Facts Unknown { get; } = new(null, Strings.EmptyOnly, Strings.EmptyOnly, null);

        private Facts(Strings? exact, Strings prefix, Strings suffix, Strings? required)
        {
            Exact = exact;
            Prefix = prefix;
            Suffix = suffix;
            Best = Better(Better(Useful(exact), required), Better(Useful(prefix), Useful(suffix)));
        }

        public static Facts Literal(string text)
        {
            var one = new Strings([text]);
            return new Facts(one, one, one, null);
        }

        public Strings? Exact { get; }
        public Strings Prefix { get; }
        public Strings Suffix { get; }
        public Strings? Best { get; }

        public static Facts Concat(Facts a, Facts b)
        {
            var exact = a.Exact is null || b.Exact is null ? null : Cross(a.Exact, b.Exact);
            var prefix = a.Exact is null ? a.Prefix : Cross(a.Exact, b.Prefix) ?? a.Prefix;
            var suffix = b.Exact is null ? b.Suffix : Cross(a.Suffix, b.Exact) ?? b.Suffix;
            // Where the two meet: "a.Suffix" + "b.Prefix" ("colo" + "r"); nothing new when either side knows nothing.
            var junction = a.Suffix == Strings.EmptyOnly || b.Prefix == Strings.EmptyOnly ? null : Useful(Cross(a.Suffix, b.Prefix));
            return new Facts(exact, prefix, suffix, Better(Better(a.Best, b.Best), junction));
        }

        public static Facts Union(IReadOnlyList<Facts> branches)
        {
            Strings? Join(Func<Facts, Strings?> part)
            {
                var total = 0;
                foreach (var branch in branches)
                {
                    if (part(branch) is not { } strings) return null;
                    total += strings.Count;
                }
                return total <= MaxSetSize ? new Strings(branches.SelectMany(b => part(b)!.Items)) : null;
            }
            var required = branches.All(b => b.Best is not null) ? new Strings(branches.SelectMany(b => b.Best!.Items)) : null;
            return new Facts(Join(b => b.Exact), Join(b => b.Prefix) ?? Strings.EmptyOnly, Join(b => b.Suffix) ?? Strings.EmptyOnly, required);
        }

        /// <summary>A piece repeated at least once: it starts, ends and contains what one repetition does.</summary>
        public Facts Repeated() => new(null, Prefix, Suffix, Best);

        /// <summary>A piece that may be left out.</summary>
        public Facts Optional() =>
            Exact is not null ? new Facts(new Strings(Exact.Items.Append("")), Strings.EmptyOnly, Strings.EmptyOnly, null) : Unknown;

        private static Strings? Cross(Strings a, Strings b)
        {
            if (a == Strings.EmptyOnly) return b;
            if (b == Strings.EmptyOnly) return a;
            if (a.Count * b.Count > MaxSetSize) return null;
            var items = new List<string>(a.Count * b.Count);
            foreach (var x in a.Items)
                foreach (var y in b.Items)
                    items.Add(x + y);
            return new Strings(items);
        }

        private static Strings? Useful(Strings? set) => set is null || set.Count == 0 || set.HasEmpty ? null : set;

        /// <summary>The set whose shortest string is longest (rarer in text), then the smaller set.</summary>
        private static Strings? Better(Strings? a, Strings? b)
        {
            if (a is null) return b;
            if (b is null) return a;
            if (a.Shortest != b.Shortest) return a.Shortest > b.Shortest ? a : b;
            return a.Count <= b.Count ? a : b;
        }
    }

    /// <summary>A recursive-descent reader of .NET pattern syntax; throws <see cref="NotSupportedException"/> on anything it does not know.</summary>
    private sealed class Parser(string pattern, bool ignoreCase, bool forNormalizedText)
    {
        private int _at;
        private bool _ignoreCase = ignoreCase;

        public bool AtEnd => _at >= pattern.Length;

        /// <summary>Whether an inline <c>(?m)</c> turned multiline mode on somewhere, so <c>^</c> may match after a line break.</summary>
        public bool SawMultiline { get; private set; }

        /// <summary>The facts of a pattern that is <c>^</c> and one sequence, or null when it has more at top level.</summary>
        public Facts? AnchoredSequence()
        {
            _at = 1;
            var facts = Sequence();
            return AtEnd ? facts : null;
        }

        public Facts Alternation()
        {
            var outerIgnoreCase = _ignoreCase;
            var branches = new List<Facts> { Sequence() };
            while (!AtEnd && pattern[_at] == '|')
            {
                _at++;
                branches.Add(Sequence());
            }
            _ignoreCase = outerIgnoreCase; // an inline (?i) ends with its group
            return branches.Count == 1 ? branches[0] : Facts.Union(branches);
        }

        private Facts Sequence()
        {
            var facts = Facts.Empty;
            while (!AtEnd && pattern[_at] is not ('|' or ')'))
                facts = Facts.Concat(facts, LiteralRun() is { Length: > 0 } run ? Facts.Literal(run) : Quantified(Atom()));
            return facts;
        }

        /// <summary>Plain characters in a row, none quantified, read as one literal (most of a pattern's text).</summary>
        private string LiteralRun()
        {
            var start = _at;
            while (!AtEnd && pattern[_at] is not ('\\' or '(' or ')' or '[' or '|' or '.' or '^' or '$' or '*' or '+' or '?' or '{')
                   && IsPlainLiteral(pattern[_at])
                   && !(_at + 1 < pattern.Length && pattern[_at + 1] is '*' or '+' or '?' or '{'))
                _at++;
            return pattern.Substring(start, _at - start).ToLowerInvariant();
        }

        private bool IsPlainLiteral(char c) =>
            // Ignoring case, the regex engine also equates a few non-ASCII letters with ASCII ones
            // (the Kelvin sign with k) that an ordinal search would not: leave those characters out.
            !((_ignoreCase || forNormalizedText) && (c > 127 || c is 'k' or 'K')) && !(forNormalizedText && char.IsWhiteSpace(c));

        private Facts Quantified(Facts atom)
        {
            if (AtEnd) return atom;
            int min, max;
            switch (pattern[_at])
            {
                case '?': (min, max) = (0, 1); _at++; break;
                case '*': (min, max) = (0, int.MaxValue); _at++; break;
                case '+': (min, max) = (1, int.MaxValue); _at++; break;
                case '{' when TryCounted(out min, out max): break;
                default: return atom;
            }
            if (!AtEnd && pattern[_at] == '?') _at++; // lazy
            if (min == 1 && max == 1) return atom;
            if (min == 0 && max == 1) return atom.Optional();
            return min == 0 ? Facts.Unknown : atom.Repeated();
        }

        /// <summary>A counted quantifier: {n}, {n,} or {n,m}; anything else leaves '{' a literal.</summary>
        private bool TryCounted(out int min, out int max)
        {
            min = max = 0;
            var i = _at + 1;
            if (!Number(ref i, out min)) return false;
            max = min;
            if (i < pattern.Length && pattern[i] == ',')
            {
                i++;
                if (!Number(ref i, out max)) max = int.MaxValue;
            }
            if (i >= pattern.Length || pattern[i] != '}') return false;
            _at = i + 1;
            return true;
        }

        private bool Number(ref int i, out int value)
        {
            var start = i;
            value = 0;
            while (i < pattern.Length && pattern[i] is >= '0' and <= '9')
                value = (int)Math.Min(int.MaxValue, value * 10L + (pattern[i++] - '0'));
            return i > start;
        }

        private Facts Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(': return Group();
                case '[': SkipClass(); return Facts.Unknown;
                case '\\': return Escape();
                case '.': return Facts.Unknown;
                case '^' or '$': return Facts.Empty;
                case '*' or '+' or '?': throw new NotSupportedException();
                default: return Literal(c);
            }
        }

        private Facts Literal(char c) => IsPlainLiteral(c) ? Facts.Literal(char.ToLowerInvariant(c).ToString()) : Facts.Unknown;

        private Facts Group()
        {
            if (AtEnd || pattern[_at] != '?') return Enclosed(_ignoreCase);
            _at++;
            if (AtEnd) throw new NotSupportedException();
            var c = pattern[_at];
            if (c == ':' || c == '>') { _at++; return Enclosed(_ignoreCase); }
            if (c is '=' or '!') { _at++; Enclosed(_ignoreCase); return Facts.Empty; }
            if (c == '<' && _at + 1 < pattern.Length && pattern[_at + 1] is '=' or '!') { _at += 2; Enclosed(_ignoreCase); return Facts.Empty; }
            if (c is '<' or '\'')
            {
                var close = pattern.IndexOf(c == '<' ? '>' : '\'', _at + 1);
                if (close < 0) throw new NotSupportedException();
                _at = close + 1;
                return Enclosed(_ignoreCase);
            }
            if (c == '#')
            {
                var close = pattern.IndexOf(')', _at);
                if (close < 0) throw new NotSupportedException();
                _at = close + 1;
                return Facts.Empty;
            }
            // Options: (?imnsx-imnsx) for the rest of the group, or (?imnsx-imnsx:...) for its own.
            var on = true;
            var ignoreCase = _ignoreCase;
            for (; !AtEnd; _at++)
            {
                switch (pattern[_at])
                {
                    case '-': on = false; continue;
                    case 'i': ignoreCase = on; continue;
                    case 'm': SawMultiline |= on; continue;
                    case 'n' or 's': continue;
                    case ':': _at++; return Enclosed(ignoreCase);
                    case ')': _at++; _ignoreCase = ignoreCase; return Facts.Empty;
                    default: throw new NotSupportedException(); // (?x), conditionals, balancing groups
                }
            }
            throw new NotSupportedException();
        }

        private Facts Enclosed(bool ignoreCase)
        {
            var outer = _ignoreCase;
            _ignoreCase = ignoreCase;
            var facts = Alternation();
            _ignoreCase = outer;
            if (AtEnd || pattern[_at] != ')') throw new NotSupportedException();
            _at++;
            return facts;
        }

        private Facts Escape()
        {
            if (AtEnd) throw new NotSupportedException();
            var c = pattern[_at++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G': return Facts.Empty;
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S': return Facts.Unknown;
                case 'p' or 'P':
                    var close = pattern.IndexOf('}', _at);
                    if (close < 0) throw new NotSupportedException();
                    _at = close + 1;
                    return Facts.Unknown;
                case 't': return Literal('\t');
                case 'n': return Literal('\n');
                case 'r': return Literal('\r');
                case 'f': return Literal('\f');
                case 'v': return Literal('\v');
                case 'e': return Literal('\u001b');
                case 'x' when _at + 2 <= pattern.Length: return Literal(Hex(2));
                case 'u' when _at + 4 <= pattern.Length: return Literal(Hex(4));
                default:
                    // Escaped punctuation stands for itself; backreferences, \k<name> and other letters are not known here.
                    if (char.IsLetterOrDigit(c)) throw new NotSupportedException();
                    return Literal(c);
            }
        }

        private char Hex(int digits)
        {
            var value = Convert.ToInt32(pattern.Substring(_at, digits), 16);
            _at += digits;
            return (char)value;
        }

        /// <summary>Moves past a character class, nested subtractions included; a class stands for one unknown character.</summary>
        private void SkipClass()
        {
            if (!AtEnd && pattern[_at] == '^') _at++;
            if (!AtEnd && pattern[_at] == ']') _at++; // a leading ']' is a member
            while (!AtEnd)
            {
                var c = pattern[_at++];
                if (c == '\\') { _at++; continue; }
                if (c == '[' && _at - 2 >= 0 && pattern[_at - 2] == '-') { SkipClass(); continue; }
                if (c == ']') return;
            }
            throw new NotSupportedException();
        }
    }
}
