using Copydesk.Core.Articles;

namespace Copydesk.Core.Packs;

/// <summary>Which prose blocks a pack rule reads. Code, URLs, HTML and front matter keys are never prose.</summary>
[Flags]
public enum PackScope
{
    None = 0,
    Headline = 1,
    Description = 2,
    FrontMatter = 4,
    Heading = 8,
    Paragraph = 16,
    Body = Heading | Paragraph,
    Prose = Headline | Description | Body,
    All = Prose | FrontMatter,
}

public static class PackScopes
{
    /// <summary>The names a pack may use in <c>scope:</c>.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["all", "prose", "body", "paragraph", "heading", "headline", "title", "description", "front-matter", "frontmatter"];

    /// <summary>The scope a name stands for (a switch: a dictionary of an enum is JIT-compiled at every start).</summary>
    public static bool TryParse(string name, out PackScope scope)
    {
        scope = name.Trim().ToLowerInvariant() switch
        {
            "all" => PackScope.All,
            "prose" => PackScope.Prose,
            "body" => PackScope.Body,
            "paragraph" => PackScope.Paragraph,
            "heading" => PackScope.Heading,
            "headline" or "title" => PackScope.Headline,
            "description" => PackScope.Description,
            "front-matter" or "frontmatter" => PackScope.FrontMatter,
            _ => PackScope.None,
        };
        return scope != PackScope.None;
    }

    public static bool Includes(this PackScope scope, ProseBlockKind kind) => kind switch
    {
        ProseBlockKind.Headline => (scope & PackScope.Headline) != 0,
        ProseBlockKind.Description => (scope & PackScope.Description) != 0,
        ProseBlockKind.FrontMatterValue => (scope & PackScope.FrontMatter) != 0,
        ProseBlockKind.Heading => (scope & PackScope.Heading) != 0,
        ProseBlockKind.Paragraph => (scope & PackScope.Paragraph) != 0,
        _ => false,
    };

    /// <summary>The block that holds <paramref name="offset"/>, or null when the offset is not in prose.</summary>
    public static ProseBlock? BlockAt(Article article, int offset)
    {
        var blocks = article.Blocks;
        int low = 0, high = blocks.Count - 1;
        ProseBlock? candidate = null;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (blocks[mid].Start <= offset) { candidate = blocks[mid]; low = mid + 1; }
            else high = mid - 1;
        }
        return candidate is not null && offset < candidate.End ? candidate : null;
    }
}
