using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
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
    private static readonly LazyRegex Word = new LazyRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*", RegexOptions.CultureInvariant);

    // Prefixes that house styles hyphenate or close up as they like (multi-byte/multibyte, non-zero/nonzero).
    private static readonly HashSet<string> StylePrefixes = new(StringComparer.Ordinal)
    {
        "multi", "non", "pre", "re", "co", "sub", "inter", "over", "under", "anti", "semi", "self", "cross", "post", "mid",
        "out", "up", "down", "well", "long", "high", "low", "full", "half", "part", "micro", "macro", "mini", "auto", "bi",
        "de", "dis", "extra", "hyper", "infra", "intra", "meta", "mis", "pro", "pseudo", "super", "trans", "ultra", "un",
    };

    private sealed record Occurrence(string Form, int Start, int Length);

    /// <summary>Every spelling of one key; most keys only ever see one spelling and are never grouped.</summary>
    private sealed class Spellings(string first)
    {
        public string First { get; } = first;
        public string? FirstNormalised { get; set; }
        public bool HasVariant { get; set; }
        public List<Occurrence> Occurrences { get; } = [];
    }

    public RuleDescriptor Descriptor { get; } = new("CD3001", "Inconsistent naming", RuleCategory.Naming, Severity.Warning,
        "The same name is written in two different ways in one document.");

    public void Check(RuleContext context)
    {
        var article = context.Article;
        var byKey = new Dictionary<string, Spellings>(StringComparer.Ordinal);
        // In a document with code, mixed-case words are mostly identifiers (ULONG, ULong, HitTest, msbuild).
        var technical = article.CodeBlocks.Count > 0 || article.Text.Contains('`');
        // A first pass only notes each key's first spelling and whether another one turns up: most
        // documents write every name one way, and then nothing is kept per word.
        if (!Scan(article, technical, byKey, ordinaryWords: null, collect: false)) return;
        // Words the document also writes in lower case are ordinary words ("Command Line"), not parts of a name.
        var ordinaryWords = technical ? null : new HashSet<string>(StringComparer.Ordinal);
        Scan(article, technical, byKey, ordinaryWords, collect: true);

        foreach (var spellings in byKey.Values)
        {
            if (!spellings.HasVariant) continue;
            var occurrences = spellings.Occurrences;
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
    /// Reads every word (and every pair of capitalised words) of the article's prose. Without
    /// <paramref name="collect"/> it records spellings and tells whether any key has two; with it, it
    /// keeps the occurrences of those keys and fills <paramref name="ordinaryWords"/>.
    /// </summary>
    private static bool Scan(Article article, bool technical, Dictionary<string, Spellings> byKey, HashSet<string>? ordinaryWords, bool collect)
    {
        var anyVariant = false;
        var words = new List<ScannedWord>();
        foreach (var block in article.Blocks)
        {
            if (block.Kind is not (ProseBlockKind.Headline or ProseBlockKind.Heading or ProseBlockKind.Paragraph or ProseBlockKind.Description)) continue;
            var isHeading = block.Kind is ProseBlockKind.Headline or ProseBlockKind.Heading;
            if (isHeading && IsTitleCase(block.Text)) continue;
            foreach (var sentence in block.Sentences)
            {
                var text = sentence.Of(block.Text);
                if (!HasLowercase(text)) continue;
                ScanWords(text, words);
                for (var i = 0; i < words.Count; i++)
                {
                    var word = words[i];
                    if (IsIdentifierLike(word.Value)) continue;
                    if (ordinaryWords is not null && char.IsLower(word.Value[0]))
                    {
                        if (word.Value.IndexOf('-') < 0) ordinaryWords.Add(word.Value);
                        else foreach (var part in word.Value.Split('-')) ordinaryWords.Add(part);
                    }
                    anyVariant |= Add(byKey, word.Value, block.Start + sentence.Start + word.Index, word.Length, technical, collect);
                    // "DxO Mark" against "DXOMARK": two capitalised words one space apart, in the raw text too.
                    if (isHeading || i + 1 >= words.Count) continue;
                    var next = words[i + 1];
                    var gapStart = block.Start + sentence.Start + word.Index + word.Length;
                    if (next.Index != word.Index + word.Length + 1 || article.Text[gapStart] != ' ') continue;
                    if (!char.IsUpper(word.Value[0]) || !char.IsUpper(next.Value[0]) || word.Value.Contains('-') || next.Value.Contains('-')) continue;
                    anyVariant |= Add(byKey, word.Value + " " + next.Value, block.Start + sentence.Start + word.Index, next.Index + next.Length - word.Index, technical, collect);
                }
            }
        }
        return anyVariant;
    }

    private readonly record struct ScannedWord(string Value, int Index)
    {
        public int Length => Value.Length;
    }

    /// <summary>Letters and digits, with single hyphens inside ("Wi-Fi"); a hand scanner, since this rule reads every word.</summary>
    private static void ScanWords(string text, List<ScannedWord> words)
    {
        words.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start)))
                i++;
            words.Add(new ScannedWord(text.Substring(start, i - start), start));
        }
    }

    /// <summary>Records one spelling of a key (or, when collecting, its occurrence); true when the key has two spellings.</summary>
    private static bool Add(Dictionary<string, Spellings> byKey, string form, int start, int length, bool technical, bool collect)
    {
        var key = Key(form);
        // In technical docs, version numbers and codes ("FNV-1a"/"fnv1a", "IPv6"/"IPV6") are identifiers;
        // in articles a model name ("12S Ultra"/"12s Ultra") is still a name.
        if (key.Length < 3 || !HasLetter(key) || (technical && HasDigit(key))) return false;
        if (collect)
        {
            if (!byKey.TryGetValue(key, out var seen) || !seen.HasVariant) return false;
            seen.Occurrences.Add(new Occurrence(form, start, length));
            return true;
        }
        if (!byKey.TryGetValue(key, out var spellings)) byKey[key] = spellings = new Spellings(form);
        else if (!spellings.HasVariant && !string.Equals(form, spellings.First, StringComparison.Ordinal))
        {
            spellings.FirstNormalised ??= TitleCaseInsensitive(spellings.First);
            spellings.HasVariant = !string.Equals(TitleCaseInsensitive(form), spellings.FirstNormalised, StringComparison.Ordinal);
        }
        return spellings.HasVariant;
    }

    // Loops, not LINQ: these run for every word of every document.
    private static bool HasLetter(string text)
    {
        foreach (var c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }

    private static string Key(string form)
    {
        if (IsPlainLowercase(form)) return form;
        var folded = IsAscii(form) ? form : RemoveDiacritics(form);
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
        var foldedA = RemoveDiacritics(la);
        var foldedB = RemoveDiacritics(lb);
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

    private static bool HasInnerCapital(string form)
    {
        for (var i = 1; i < form.Length; i++)
            if (char.IsUpper(form[i]) && form[i - 1] != ' ') return true;
        return false;
    }

    // "12S" is a model code, not a word in capitals.
    private static bool IsAllCaps(string form) => form.Count(char.IsLetter) >= 2 && !form.Any(char.IsLower);

    private static bool HasLowercase(string text)
    {
        foreach (var c in text)
            if (char.IsLower(c)) return true;
        return false;
    }

    // camelCase identifiers ("getValue") and words mixing letters and digits in odd ways are code, not names.
    private static bool IsIdentifierLike(string word)
    {
        if (word.Length < 2) return true;
        if (char.IsLower(word[0]))
        {
            for (var i = 2; i < word.Length; i++)
                if (char.IsUpper(word[i])) return true;
        }
        return false;
    }

    private static bool IsTitleCase(string text)
    {
        var words = Word.Matches(text).Cast<Match>().Where(m => m.Length >= 4).ToList();
        return words.Count >= 2 && words.Count(m => char.IsUpper(m.Value[0])) * 10 >= words.Count * 6;
    }

    private static bool IsPlainLowercase(string text)
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

    private static string RemoveDiacritics(string text)
    {
        if (IsAscii(text)) return text;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) result.Append(c);
        return result.ToString().Normalize(NormalizationForm.FormC);
    }
}
