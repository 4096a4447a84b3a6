namespace Copydesk.Core.Articles;

/// <summary>
/// Builds the prose view of a file: starts with every character blanked (line breaks kept) and
/// copies back only the ranges that readers mark as prose, so offsets never shift. Every line
/// break reads as one '\n' (the '\r' of a CRLF becomes a space, a lone '\r' a '\n'), so rules
/// and pack patterns written with '\n' and '$' in mind work on any file.
/// </summary>
internal sealed class ProseMask
{
    // The view is built in a buffer kept per thread and copied into one string at the end: a fresh buffer per
    // file would double what reading allocates beside the parser. Long-lived hosts (a compiler server running the
    // analyzer) keep it too, so only up to a size.
    private const int MaxKeptLength = 1 << 20;
    [ThreadStatic] private static char[]? t_buffer;

    private readonly string _text;
    private readonly char[] _prose;

    public ProseMask(string text)
    {
        _text = text;
        if (text.Length > MaxKeptLength) _prose = new char[text.Length];
        else _prose = t_buffer is { } kept && kept.Length >= text.Length ? kept : t_buffer = new char[Math.Max(text.Length, 64 * 1024)];
        _prose.AsSpan(0, text.Length).Fill(' ');
        KeepLineBreaks(0, text.Length);
    }

    /// <summary>Marks [start, end) as prose.</summary>
    public void Reveal(int start, int end)
    {
        start = Math.Max(0, start);
        end = Math.Min(_text.Length, end);
        if (end <= start) return;
        _text.AsSpan(start, end - start).CopyTo(_prose.AsSpan(start));
        KeepLineBreaks(start, end);
    }

    /// <summary>Marks [start, end) as not prose again.</summary>
    public void Hide(int start, int end)
    {
        start = Math.Max(0, start);
        end = Math.Min(_text.Length, end);
        if (end <= start) return;
        _prose.AsSpan(start, end - start).Fill(' ');
        KeepLineBreaks(start, end);
    }

    public char this[int index] => _prose[index];

    public string Slice(int start, int end) => new(_prose, start, end - start);

    public override string ToString() => new(_prose, 0, _text.Length);

    /// <summary>Writes the prose view of each line break in [start, end): bulk copies and fills are fixed up after.</summary>
    private void KeepLineBreaks(int start, int end)
    {
        var range = _text.AsSpan(start, end - start);
        for (var at = range.IndexOfAny('\n', '\r'); at >= 0;)
        {
            var i = start + at;
            _prose[i] = _text[i] == '\r' && i + 1 < _text.Length && _text[i + 1] == '\n' ? ' ' : '\n';
            var next = range.Slice(at + 1).IndexOfAny('\n', '\r');
            at = next < 0 ? -1 : at + 1 + next;
        }
    }
}
