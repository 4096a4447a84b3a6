using System.Text;
using System.Text.RegularExpressions;

namespace Copydesk.Core.Configuration;

/// <summary>
/// An include or exclude pattern of a configuration, matched against paths relative to the
/// configuration's folder with <c>/</c> separators: <c>**</c> spans folders, <c>*</c> and <c>?</c> stay
/// within one name, <c>{a,b}</c> is either. A pattern without <c>/</c> matches a name at any depth,
/// and a pattern naming a folder covers everything in it.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        Pattern = pattern;
        var body = pattern.Replace('\\', '/').Trim();
        if (body.StartsWith("./", StringComparison.Ordinal)) body = body.Substring(2);
        var anchored = body.StartsWith("/", StringComparison.Ordinal) || body.TrimEnd('/').Contains("/");
        body = body.Trim('/');
        var regex = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        regex.Append(Translate(body));
        regex.Append("(?:/.*)?$");
        _regex = new Regex(regex.ToString(), RegexOptions.CultureInvariant | (Path.DirectorySeparatorChar == '\\' ? RegexOptions.IgnoreCase : RegexOptions.None));
    }

    public string Pattern { get; }

    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath.Replace('\\', '/'));

    private static string Translate(string glob)
    {
        var result = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    i++;
                    if (i + 1 < glob.Length && glob[i + 1] == '/') { i++; result.Append("(?:.*/)?"); }
                    else result.Append(".*");
                    break;
                case '*': result.Append("[^/]*"); break;
                case '?': result.Append("[^/]"); break;
                case '{':
                    var close = glob.IndexOf('}', i);
                    if (close < 0) { result.Append("\\{"); break; }
                    var options = glob.Substring(i + 1, close - i - 1).Split(',');
                    result.Append("(?:").Append(string.Join("|", options.Select(Translate))).Append(')');
                    i = close;
                    break;
                default: result.Append(Regex.Escape(c.ToString())); break;
            }
        }
        return result.ToString();
    }
}
