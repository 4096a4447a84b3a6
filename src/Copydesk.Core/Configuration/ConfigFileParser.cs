using Copydesk.Core.Diagnostics;
using Copydesk.Core.Packs;
using YamlDotNet.RepresentationModel;

namespace Copydesk.Core.Configuration;

/// <summary>
/// Reads one <c>.copydesk.yaml</c>:
/// <code>
/// root: true                # do not merge with configurations further up
/// include: ["docs/**"]      # relative to this file's folder
/// exclude: ["**/drafts/**"]
/// packs: [styles/acme.yaml, styles/more]   # pack files or folders of packs
/// rules:
///   CD2001: none            # error | warning | suggestion | none
///   CD3002: { severity: suggestion, options: { ... } }
/// vocabulary:
///   accept: [DxOMark]       # a project's own spellings: naming rules leave them alone
/// </code>
/// Problems come back as errors with line and column; what is valid still applies.
/// </summary>
public static class ConfigFileParser
{
    public static ConfigFile Parse(string filePath, string text, List<ConfigurationError> errors)
    {
        var directory = Path.GetDirectoryName(filePath) ?? "";
        var isRoot = false;
        var include = new List<Glob>();
        var exclude = new List<Glob>();
        var packs = new List<PackReference>();
        var rules = new Dictionary<string, (RuleSetting, int, int)>(StringComparer.OrdinalIgnoreCase);
        var accept = new List<string>();

        var root = YamlNodeReader.Load(filePath, text, errors, out var yaml);
        if (root is not null)
        {
            foreach (var (key, keyNode, value) in YamlNodeReader.Entries(root))
            {
                switch (key)
                {
                    case "root": isRoot = yaml.Boolean(value, "root") ?? false; break;
                    case "include": include.AddRange(yaml.Strings(value, "include").Select(g => new Glob(g.Value))); break;
                    case "exclude": exclude.AddRange(yaml.Strings(value, "exclude").Select(g => new Glob(g.Value))); break;
                    case "packs":
                        foreach (var (pack, node) in yaml.Strings(value, "packs"))
                            packs.Add(new PackReference(Path.GetFullPath(Path.Combine(directory, pack)), (int)node.Start.Line, (int)node.Start.Column));
                        break;
                    case "rules": ReadRules(value, yaml, rules); break;
                    case "vocabulary": ReadVocabulary(value, yaml, accept); break;
                    default:
                        yaml.Error(keyNode, $"Unknown key \"{key}\" in {ConfigFile.FileName}; expected root, include, exclude, packs, rules or vocabulary.");
                        break;
                }
            }
        }
        return new ConfigFile(filePath, directory, isRoot, include, exclude, packs, rules, accept);
    }

    private static void ReadRules(YamlNode node, YamlNodeReader yaml, Dictionary<string, (RuleSetting, int, int)> rules)
    {
        var mapping = yaml.Mapping(node, "rules");
        if (mapping is null) return;
        foreach (var (id, idNode, value) in YamlNodeReader.Entries(mapping))
        {
            Severity? severity = null;
            var options = new Dictionary<string, object?>();
            if (value is YamlScalarNode)
            {
                severity = ReadSeverity(value, yaml);
                if (severity is null) continue;
            }
            else if (value is YamlMappingNode settings)
            {
                foreach (var (key, keyNode, setting) in YamlNodeReader.Entries(settings))
                {
                    if (key is "severity" or "level") severity = ReadSeverity(setting, yaml);
                    else if (key == "options" && yaml.Mapping(setting, "options") is { } optionMap)
                        foreach (var (name, _, optionValue) in YamlNodeReader.Entries(optionMap)) options[name] = YamlNodeReader.ToValue(optionValue);
                    else yaml.Error(keyNode, $"Unknown key \"{key}\" for rule {id}; expected severity or options.");
                }
            }
            else
            {
                yaml.Error(value, $"Expected rule {id} to have a severity or a mapping with severity and options.");
                continue;
            }
            rules[id] = (new RuleSetting(severity, options), (int)idNode.Start.Line, (int)idNode.Start.Column);
        }
    }

    private static Severity? ReadSeverity(YamlNode node, YamlNodeReader yaml)
    {
        var text = yaml.Scalar(node, "severity");
        if (text is null) return null;
        if (SeverityNames.TryParse(text, out var severity)) return severity;
        yaml.Error(node, $"Unknown severity \"{text}\"; expected error, warning, suggestion or none.");
        return null;
    }

    private static void ReadVocabulary(YamlNode node, YamlNodeReader yaml, List<string> accept)
    {
        var mapping = yaml.Mapping(node, "vocabulary");
        if (mapping is null) return;
        foreach (var (key, keyNode, value) in YamlNodeReader.Entries(mapping))
        {
            if (key == "accept") accept.AddRange(yaml.Strings(value, "accept").Select(t => t.Value));
            else yaml.Error(keyNode, $"Unknown key \"{key}\" in vocabulary; expected accept.");
        }
    }
}
