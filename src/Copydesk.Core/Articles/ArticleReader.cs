namespace Copydesk.Core.Articles;

/// <summary>Turns a file's text into an <see cref="Article"/>, choosing the reader by extension.</summary>
public static class ArticleReader
{
    public static bool IsMarkdownPath(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    public static bool IsSupportedPath(string path) =>
        IsMarkdownPath(path) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public static Article Read(string path, string text) =>
        IsMarkdownPath(path) ? MarkdownArticleReader.Read(path, text) : PlainTextArticleReader.Read(path, text);
}
