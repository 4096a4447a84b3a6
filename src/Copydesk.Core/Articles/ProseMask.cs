namespace Copydesk.Core.Articles;

/// <summary>
/// Builds the prose view of a file: starts with every character blanked (line breaks kept) and
/// copies back only the ranges that readers mark as prose, so offsets never shift. Every line
/// break reads as one '\n' (the '\r' of a CRLF becomes a space, a lone '\r' a '\n'), so rules
/// and pack patterns written with '\n' and '$' in mind work on any file.
/// </summary>
internal sealed class ProseMask
{
    private readonly string _text;
    private readonly char[] _prose;

    public ProseMask(string text)
    {
        _text = text;
        _prose = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            _prose[i] = text[i] switch
            {
                '\n' => '\n',
                '\r' => i + 1 < text.Length && text[i + 1] == '\n' ? ' ' : '\n',
                _ => ' ',
            };
        }
    }

    /// <summary>Marks [start, end) as prose.</summary>
    public void Reveal(int start, int end)
    {
        start = Math.Max(0, start);
        end = Math.Min(_text.Length, end);
        for (var i = start; i < end; i++)
            if (_text[i] is not ('\n' or '\r')) _prose[i] = _text[i];
    }

    /// <summary>Marks [start, end) as not prose again.</summary>
    public void Hide(int start, int end)
    {
        start = Math.Max(0, start);
        end = Math.Min(_text.Length, end);
        for (var i = start; i < end; i++)
            if (_text[i] is not ('\n' or '\r')) _prose[i] = ' ';
    }

    public char this[int index] => _prose[index];

    public string Slice(int start, int end) => new(_prose, start, end - start);

    public override string ToString() => new(_prose);
}
