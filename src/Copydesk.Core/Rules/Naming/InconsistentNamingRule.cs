using Copydesk.Core.Articles;
using Copydesk.Core.Diagnostics;
using Copydesk.Core.Text;

namespace Copydesk.Core.Rules.Naming;

/// <summary>
/// CD3001: one name written two ways in one document — by case (DxOMark/DXOMARK), spacing
/// (DxO Mark), hyphenation (Wi-Fi/WiFi, e-mail/email) or diacritics (Pokémon/Pokemon). The most
/// frequent spelling is taken as the document's own; the others are reported.
/// Left alone: a capital at the start of a sentence, all-caps sentences and Title Case headings,
/// camelCase identifiers, and ordinary word pairs such as "real time"/"real-time".
/// </summary>
public sealed class InconsistentNamingRule : IRule
{
    // Prefixes that house styles hyphenate or close up as they like (multi-byte/multibyte, non-zero/nonzero).
    private static readonly HashSet<string> StylePrefixes = new(StringComparer.Ordinal)
    {
        "multi", "non", "pre", "re", "co", "sub", "inter", "over", "under", "anti", "semi", "self", "cross", "post", "mid",
        "out", "up", "down", "well", "long", "high", "low", "full", "half", "part", "micro", "macro", "mini", "auto", "bi",
        "de", "dis", "extra", "hyper", "infra", "intra", "meta", "mis", "pro", "pseudo", "super", "trans", "ultra", "un",
    };

    private sealed record Occurrence(string Form, int Start, int Length);

    /// <summary>
    /// A key written in some marked spelling: one whose case-insensitive form is not the key itself,
    /// such as "DXOMARK", "Wi-Fi", "DxO Mark" or "Pokémon". Plain spellings ("dxomark", "Dxomark") are
    /// all alike, so a key has two spellings only if a marked one differs from another marked one or
    /// meets a plain one.
    /// </summary>
    private sealed class MarkedKey(string spelling)
    {
        /// <summary>The first marked spelling, title case lowered (<see cref="TitleCaseInsensitive"/>).</summary>
        public string Spelling { get; } = spelling;
        public bool HasVariant { get; set; }
        /// <summary>
        /// Whether <see cref="IsVariant"/> could ever report the key: in a technical document only a marked
        /// spelling without a capital inside (e-mail, Pokémon) can, since any inner capital may be an identifier's.
        /// </summary>
        public bool MayReport { get; set; }
        public bool Reportable => HasVariant && MayReport;
        public List<Occurrence>? Occurrences { get; set; }
    }

    public RuleDescriptor Descriptor { get; } = new("CD3001", "Inconsistent naming", RuleCategory.Naming, Severity.Warning,
        "The same name is written in two different ways in one document.");

    public void Check(RuleContext context)
    {
        var article = context.Article;
        // In a document with code, mixed-case words are mostly identifiers (ULONG, ULong, HitTest, msbuild).
        var technical = article.CodeBlocks.Count > 0 || article.Text.Contains('`');
        var spellings = Read(article);
        var marked = new Dictionary<string, MarkedKey>(StringComparer.Ordinal);
        if (!FindVariants(spellings, technical, marked)) return;
        // Words the document also writes in lower case are ordinary words ("Command Line"), not parts of a name.
        var ordinaryWords = technical ? null : new HashSet<string>(StringComparer.Ordinal);
        Collect(spellings, technical, marked, ordinaryWords);

        foreach (var key in marked.Values)
        {
            if (key.Occurrences is not { } occurrences) continue;
            var groups = occurrences.GroupBy(o => TitleCaseInsensitive(o.Form), StringComparer.Ordinal).ToList();
            if (groups.Count < 2) continue;
            var preferred = groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Min(o => o.Start)).First();
            var preferredForm = preferred.First().Form;
            foreach (var group in groups)
            {
                if (group == preferred || !IsVariant(group.First().Form, preferredForm, ordinaryWords)) continue;
                foreach (var occurrence in group)
                    context.Report(occurrence.Start, occurrence.Length,
                        $"\"{occurrence.Form}\" is also written \"{preferredForm}\" in this document; use one spelling.");
            }
        }
    }

    /// <summary>
    /// Notes the marked spellings, then looks for plain ones of the same keys; true when some key has two
    /// spellings that could be reported. Most words are plain and most documents write each name one way,
    /// so nothing is kept per plain word, and a plain word is looked up only when its length and first
    /// letter fit a marked key.
    /// </summary>
    private static bool FindVariants(SpellingList spellings, bool technical, Dictionary<string, MarkedKey> marked)
    {
        Span<char> keyBuffer = stackalloc char[MaxPlainLength];
        for (var i = 0; i < spellings.Count; i++)
        {
            if (spellings.IsPlain(i)) continue;
            var form = spellings.Form(i);
            if (!TryMarkedKey(form, technical, out var key, out var markedSpelling)) continue;
            spellings.SetKey(i, key, markedSpelling);
            if (markedSpelling is null) continue;
            if (!marked.TryGetValue(key, out var known)) marked[key] = known = new MarkedKey(markedSpelling);
            else if (!string.Equals(known!.Spelling, markedSpelling, StringComparison.Ordinal)) known.HasVariant = true;
            if (!technical || !HasInnerCapital(form)) known.MayReport = true;
        }
        ulong keyLengths = 0, firstLetters = 0;
        foreach (var pair in marked)
        {
            if (!pair.Value.MayReport) continue;
            keyLengths |= pair.Key.Length <= MaxPlainLength ? 1UL << pair.Key.Length : 0;
            firstLetters |= LetterBit(pair.Key[0]);
        }
        if (keyLengths == 0) return marked.Values.Any(k => k.Reportable);
        for (var i = 0; i < spellings.Count; i++)
        {
            var form = spellings.Form(i);
            var isPlain = spellings.IsPlain(i);
            if (isPlain && ((keyLengths & (1UL << form.Length)) == 0 || (firstLetters & LetterBit(form[0])) == 0)) continue;
            if (!spellings.TryKey(i, technical, keyBuffer, out var key, out var markedSpelling) || markedSpelling is not null) continue;
            if (TryGetMarked(marked, key, out var met)) met!.HasVariant = true;
        }
        return marked.Values.Any(k => k.Reportable);
    }

    /// <summary>Keeps every occurrence of the keys with two spellings, and fills <paramref name="ordinaryWords"/>.</summary>
    private static void Collect(SpellingList spellings, bool technical, Dictionary<string, MarkedKey> marked, HashSet<string>? ordinaryWords)
    {
        Span<char> keyBuffer = stackalloc char[MaxPlainLength];
        for (var i = 0; i < spellings.Count; i++)
        {
            var form = spellings.Form(i);
            if (ordinaryWords is not null && !spellings.IsPair(i) && char.IsLower(form[0]))
            {
                var value = form.ToString();
                if (value.IndexOf('-') < 0) ordinaryWords.Add(value);
                else foreach (var part in value.Split('-')) ordinaryWords.Add(part);
            }
            if (!spellings.TryKey(i, technical, keyBuffer, out var key, out _) || !TryGetMarked(marked, key, out var variant) || !variant!.Reportable) continue;
            (variant.Occurrences ??= []).Add(new Occurrence(form.ToString(), spellings.Start(i), form.Length));
        }
    }

    /// <summary>
    /// The key of a spelling that is not plain (see <see cref="Key"/>), and its case-insensitive form when that
    /// differs from the key (a marked spelling); false for a key too short, without letters, or, in technical
    /// docs, with digits: there version numbers and codes ("FNV-1a"/"fnv1a", "IPv6"/"IPV6") are
    /// identifiers, while in articles a model name ("12S Ultra"/"12s Ultra") is still a name.
    /// </summary>
    private static bool TryMarkedKey(ReadOnlySpan<char> form, bool technical, out string key, out string? markedSpelling)
    {
        var formString = form.ToString();
        key = Key(formString);
        var spelling = TitleCaseInsensitive(formString);
        markedSpelling = string.Equals(spelling, key, StringComparison.Ordinal) ? null : spelling;
        return IsUsableKey(key, technical);
    }

    private static bool IsUsableKey(ReadOnlySpan<char> key, bool technical) => key.Length >= 3 && HasLetter(key) && !(technical && HasDigit(key));

    /// <summary>
    /// Every word of the article's prose (and every pair of capitalised words) that could be a name, in
    /// document order. Left out: Title Case headings, sentences without a lower-case letter, identifiers.
    /// </summary>
    private static SpellingList Read(Article article)
    {
        // One list per thread, reused from article to article: a fresh one per article was most of what this rule allocated.
        var spellings = t_spellings ??= new SpellingList();
        spellings.Reset(article.Blocks);
        var words = t_words ??= new ScannedWords();
        for (var b = 0; b < article.Blocks.Count; b++)
        {
            var block = article.Blocks[b];
            if (block.Kind is not (ProseBlockKind.Headline or ProseBlockKind.Heading or ProseBlockKind.Paragraph or ProseBlockKind.Description)) continue;
            var isHeading = block.Kind is ProseBlockKind.Headline or ProseBlockKind.Heading;
            if (isHeading && IsTitleCase(block.Text)) continue;
            var text = block.Text;
            foreach (var sentence in block.Sentences)
            {
                if (!HasLowercase(text.AsSpan(sentence.Start, sentence.Length))) continue;
                ScanWords(text, sentence.Start, sentence.End, words);
                for (var i = 0; i < words.Count; i++)
                {
                    var word = words.At(i);
                    var form = text.AsSpan(word.Index, word.Length);
                    // A plain word has no capital inside: only a single letter counts as an identifier.
                    if (word.IsPlain ? form.Length < 2 : IsIdentifierLike(form)) continue;
                    spellings.Add(b, word.Index, word.Length, word.IsPlain ? SpellingKind.PlainWord : SpellingKind.Word);
                    // "DxO Mark" against "DXOMARK": two capitalised words one space apart, in the raw text too.
                    if (isHeading || i + 1 >= words.Count) continue;
                    var next = words.At(i + 1);
                    if (next.Index != word.Index + word.Length + 1 || article.Text[block.Start + word.Index + word.Length] != ' ') continue;
                    if (!char.IsUpper(text[word.Index]) || !char.IsUpper(text[next.Index]) || form.IndexOf('-') >= 0 || text.AsSpan(next.Index, next.Length).IndexOf('-') >= 0) continue;
                    spellings.Add(b, word.Index, next.Index + next.Length - word.Index, SpellingKind.Pair);
                }
            }
        }
        return spellings;
    }

    private enum SpellingKind : byte
    {
        Word,
        /// <summary>ASCII letters and digits with no capital after the first (see <see cref="ScanWords"/>).</summary>
        PlainWord,
        /// <summary>Two capitalised words one space apart.</summary>
        Pair,
    }

    [ThreadStatic] private static SpellingList? t_spellings;
    [ThreadStatic] private static ScannedWords? t_words;

    /// <summary>The spellings <see cref="Read"/> found, each a range of one block's text.</summary>
    private sealed class SpellingList
    {
        private const int MaxKeptCapacity = 1 << 16;

        private IReadOnlyList<ProseBlock> _articleBlocks = [];
        private int[] _blocks = new int[256];
        private int[] _indexes = new int[256];
        private int[] _lengths = new int[256];
        private SpellingKind[] _kinds = new SpellingKind[256];
        // The keys of the spellings that are not plain, worked out once (see SetKey); null when unusable.
        private string?[] _keys = new string?[256];
        private string?[] _markedSpellings = new string?[256];

        public int Count { get; private set; }

        public void Add(int block, int index, int length, SpellingKind kind)
        {
            if (Count == _blocks.Length) Resize(Count * 2);
            _blocks[Count] = block;
            _indexes[Count] = index;
            _lengths[Count] = length;
            _kinds[Count] = kind;
            Count++;
        }

        /// <summary>Empties the list for the spellings of another article.</summary>
        public void Reset(IReadOnlyList<ProseBlock> articleBlocks)
        {
            Array.Clear(_keys, 0, Count);
            Array.Clear(_markedSpellings, 0, Count);
            _articleBlocks = articleBlocks;
            Count = 0;
            // A long-lived host (a compiler server running the analyzer) keeps the list: not at any size.
            if (_blocks.Length > MaxKeptCapacity) Resize(256);
        }

        private void Resize(int capacity)
        {
            Array.Resize(ref _blocks, capacity);
            Array.Resize(ref _indexes, capacity);
            Array.Resize(ref _lengths, capacity);
            Array.Resize(ref _kinds, capacity);
            Array.Resize(ref _keys, capacity);
            Array.Resize(ref _markedSpellings, capacity);
        }

        public ReadOnlySpan<char> Form(int i) => _articleBlocks[_blocks[i]].Text.AsSpan(_indexes[i], _lengths[i]);

        /// <summary>Remembers the key of a spelling that is not plain, and its marked spelling if any.</summary>
        public void SetKey(int i, string key, string? markedSpelling)
        {
            _keys[i] = key;
            _markedSpellings[i] = markedSpelling;
        }

        /// <summary>
        /// The key of a spelling and its marked spelling if any: a plain word's is itself with the first letter
        /// lowered (in <paramref name="buffer"/>); another's was set by <see cref="SetKey"/>.
        /// </summary>
        public bool TryKey(int i, bool technical, Span<char> buffer, out ReadOnlySpan<char> key, out string? markedSpelling)
        {
            if (IsPlain(i))
            {
                markedSpelling = null;
                key = LowerFirst(Form(i), buffer);
                return IsUsableKey(key, technical);
            }
            markedSpelling = _markedSpellings[i];
            key = _keys[i].AsSpan();
            return _keys[i] is not null;
        }

        public int Start(int i) => _articleBlocks[_blocks[i]].Start + _indexes[i];

        public bool IsPlain(int i) => _kinds[i] == SpellingKind.PlainWord;

        public bool IsPair(int i) => _kinds[i] == SpellingKind.Pair;
    }

    private const int MaxPlainLength = 63; // a key length is a bit of a 64-bit mask

    /// <summary>A bit per ASCII letter or digit, case ignored; 0 for any other character.</summary>
    private static ulong LetterBit(char c) =>
        c is >= 'a' and <= 'z' ? 1UL << (c - 'a') : c is >= 'A' and <= 'Z' ? 1UL << (c - 'A') : c is >= '0' and <= '9' ? 1UL << (26 + c - '0') : 0;

    /// <summary>A plain word's key: itself with the first letter lowered.</summary>
    private static ReadOnlySpan<char> LowerFirst(ReadOnlySpan<char> form, Span<char> buffer)
    {
        if (form[0] is < 'A' or > 'Z') return form;
        form.CopyTo(buffer);
        buffer[0] = (char)(form[0] | 0x20);
        return buffer.Slice(0, form.Length);
    }

    /// <summary>On .NET 9 and later the key is looked up as a span, so a word seen before needs no string.</summary>
    private static bool TryGetMarked(Dictionary<string, MarkedKey> marked, ReadOnlySpan<char> key, out MarkedKey? found)
    {
#if NET
        return marked.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out found);
#else
        return marked.TryGetValue(key.ToString(), out found);
#endif
    }

    /// <summary>A word of a block: where it starts in the block's text and how long it is.</summary>
    private readonly record struct ScannedWord(int Index, int Length, bool IsPlain);

    /// <summary>
    /// The words of one sentence, in arrays reused from sentence to sentence. Not a List of structs:
    /// ReadyToRun cannot precompile one, and this list is touched for every word a run reads.
    /// </summary>
    private sealed class ScannedWords
    {
        private int[] _starts = new int[64];
        private int[] _lengths = new int[64];
        private bool[] _plain = new bool[64];

        public int Count { get; private set; }

        public ScannedWord At(int i) => new(_starts[i], _lengths[i], _plain[i]);

        public void Clear() => Count = 0;

        public void Add(int start, int length, bool isPlain)
        {
            if (Count == _starts.Length)
            {
                Array.Resize(ref _starts, Count * 2);
                Array.Resize(ref _lengths, Count * 2);
                Array.Resize(ref _plain, Count * 2);
            }
            _starts[Count] = start;
            _lengths[Count] = length;
            _plain[Count] = isPlain;
            Count++;
        }
    }

    /// <summary>
    /// Letters and digits, with single hyphens inside ("Wi-Fi"); a hand scanner, since this rule reads every
    /// word. A word is plain when it is ASCII letters and digits with no capital after the first: then
    /// its key is itself with the first letter lowered, and so is its case-insensitive form.
    /// </summary>
    private static void ScanWords(string text, int from, int to, ScannedWords words)
    {
        words.Clear();
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (!IsLetterOrDigit(c)) { i++; continue; }
            var start = i++;
            var plain = c < 128;
            while (i < to)
            {
                c = text[i];
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9') i++;
                else if (IsLetterOrDigit(c) || (c == '-' && i + 1 < to && IsLetterOrDigit(text[i + 1]))) { plain = false; i++; }
                else break;
            }
            words.Add(start, i - start, plain && i - start <= MaxPlainLength);
        }
    }

    private static readonly bool[] AsciiLetterOrDigit = Enumerable.Range(0, 128).Select(c => char.IsLetterOrDigit((char)c)).ToArray();

    /// <summary>As <see cref="char.IsLetterOrDigit(char)"/>, by table for ASCII: the word scanner asks it of every character.</summary>
    private static bool IsLetterOrDigit(char c) => c < 128 ? AsciiLetterOrDigit[c] : char.IsLetterOrDigit(c);

    // Loops, not LINQ: these run for every word of every document.
    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }

    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }

    private static string Key(string form)
    {
        if (IsPlainLowercase(form)) return form;
        var folded = IsAscii(form) ? form : Diacritics.Remove(form);
        var key = new char[folded.Length];
        var length = 0;
        foreach (var c in folded)
            if (c is not ('-' or ' ')) key[length++] = char.ToLowerInvariant(c);
        return new string(key, 0, length);
    }

    /// <summary>Whether two spellings of one key are a real inconsistency rather than grammar, title case or code.</summary>
    /// <param name="ordinaryWords">The document's lower-case words; null for a technical document (one with code).</param>
    private static bool IsVariant(string a, string b, HashSet<string>? ordinaryWords)
    {
        var technical = ordinaryWords is null;
        bool IsName(string form) => ordinaryWords is not null && form.Split('-', ' ').Any(p => !ordinaryWords.Contains(p.ToLowerInvariant()));
        var la = TitleCaseInsensitive(a);
        var lb = TitleCaseInsensitive(b);
        if (la == lb) return false;
        // In a document with code, any capital inside a word may be an identifier's (HitTest, CMakePresets, HTMLHelp).
        if (technical && (HasInnerCapital(a) || HasInnerCapital(b))) return false;
        var upperA = IsAllCaps(a);
        var upperB = IsAllCaps(b);
        var sepA = Separator(a);
        var sepB = Separator(b);
        if (sepA != sepB)
        {
            if (upperA && upperB) return false;
            var spaced = sepA == ' ' ? la : sepB == ' ' ? lb : null;
            // "Rich Edit"/"RichEdit" and "real time"/"real-time" are a concept and its identifier, or grammar;
            // "DxO Mark"/"DXOMARK" is one brand spelled two ways.
            // Outside technical docs a proper name keeps its capitals whichever way it is joined: Mercedes-Benz, Wi-Fi.
            if (IsCapitalisedCompound(a) && IsCapitalisedCompound(b) && IsName(a)) return true;
            if (spaced is not null)
                return HasInnerCapital(spaced) || (IsName(spaced) && IsSplitOf(sepA == ' ' ? a : b, sepA == ' ' ? b : a));
            // Hyphen against joined: "Wi-Fi"/"WiFi", "e-mail"/"email"; not "non-zero"/"nonzero" or "re-use"/"reuse", where style guides differ.
            if (HasInnerCapital(la) || HasInnerCapital(lb)) return true;
            var hyphenated = sepA == '-' ? la : lb;
            if (StylePrefixes.Contains(hyphenated.Substring(0, Math.Max(0, hyphenated.IndexOf('-'))).ToLowerInvariant())) return false;
            var original = sepA == '-' ? a : b;
            return hyphenated.IndexOf('-') <= 1 || hyphenated.StartsWith("on-", StringComparison.Ordinal)
                || (IsName(original) && original.Split('-').All(p => p.Length > 0 && char.IsUpper(p[0])));
        }
        var foldedA = Diacritics.Remove(la);
        var foldedB = Diacritics.Remove(lb);
        if ((foldedA != la || foldedB != lb) && string.Equals(foldedA, foldedB, StringComparison.OrdinalIgnoreCase)) return true;
        // Case only: "NULL"/"null" is emphasis, "DXOMARK"/"DxOMark" is a brand written two ways.
        if (upperA && upperB) return false;
        if (technical) return false;
        if (upperA) return HasInnerCapital(b);
        if (upperB) return HasInnerCapital(a);
        return true;
    }

    /// <summary>"Pulse Fit" against "PulseFit": the joined form is exactly the two capitalised words run together.</summary>
    private static bool IsSplitOf(string spaced, string joined) =>
        Separator(joined) == '\0' && spaced.Replace(" ", "") == joined && spaced.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0]));

    private static bool IsCapitalisedCompound(string form) =>
        Separator(form) != '\0' && form.Split('-', ' ').All(p => p.Length > 0 && char.IsUpper(p[0]));

    private static char Separator(string form) => form.Contains('-') ? '-' : form.Contains(' ') ? ' ' : '\0';

    /// <summary>Lower-cases each Title-case part ("Run-Time" → "run-time"), leaving "DxO" and "WiFi" as they are.</summary>
    private static string TitleCaseInsensitive(string form)
    {
        var chars = form.ToCharArray();
        var partStart = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && chars[i] is not ('-' or ' ')) continue;
            if (i - partStart >= 1 && char.IsUpper(chars[partStart]))
            {
                var restLower = true;
                for (var j = partStart + 1; j < i; j++)
                    if (char.IsUpper(chars[j])) { restLower = false; break; }
                if (restLower) chars[partStart] = char.ToLowerInvariant(chars[partStart]);
            }
            partStart = i + 1;
        }
        return new string(chars);
    }

    private static bool HasInnerCapital(ReadOnlySpan<char> form)
    {
        for (var i = 1; i < form.Length; i++)
            if (char.IsUpper(form[i]) && form[i - 1] != ' ') return true;
        return false;
    }

    // "12S" is a model code, not a word in capitals.
    private static bool IsAllCaps(string form) => form.Count(char.IsLetter) >= 2 && !form.Any(char.IsLower);

    private static bool HasLowercase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsLower(c)) return true;
        return false;
    }

    // camelCase identifiers ("getValue") and words mixing letters and digits in odd ways are code, not names.
    private static bool IsIdentifierLike(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return true;
        if (char.IsLower(word[0]))
        {
            for (var i = 2; i < word.Length; i++)
                if (char.IsUpper(word[i])) return true;
        }
        return false;
    }

    /// <summary>A heading in Title Case: of its words of four or more characters, at least 60% start with a capital.</summary>
    private static bool IsTitleCase(string text)
    {
        var words = 0;
        var capitalised = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (text[i] == '-' && i + 1 < text.Length && IsWordChar(text[i + 1]))))
                i++;
            if (i - start < 4) continue;
            words++;
            if (char.IsUpper(text[start])) capitalised++;
        }
        return words >= 2 && capitalised * 10 >= words * 6;

        static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);
    }

    private static bool IsPlainLowercase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c is < 'a' or > 'z' && c is < '0' or > '9') return false;
        return true;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
            if (c > 127) return false;
        return true;
    }
}
