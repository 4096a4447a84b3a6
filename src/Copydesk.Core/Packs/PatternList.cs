using YamlDotNet.RepresentationModel;

namespace Copydesk.Core.Packs;

/// <summary>Compiles a YAML list of patterns once, reporting each invalid one at its own line and column.</summary>
internal static class PatternList
{
    public static List<SafeRegex> Parse(YamlNode node, string what, PackRuleHeader header, YamlNodeReader yaml, Func<string, string>? wrap = null)
    {
        var result = new List<SafeRegex>();
        foreach (var (pattern, itemNode) in yaml.Strings(node, what))
        {
            var regex = SafeRegex.TryCreate(wrap is null ? pattern : wrap(pattern), header.IgnoreCase, header.Trusted, out var error);
            if (regex is null) yaml.Error(itemNode, $"Invalid pattern \"{pattern}\": {error}");
            else result.Add(regex);
        }
        return result;
    }
}
