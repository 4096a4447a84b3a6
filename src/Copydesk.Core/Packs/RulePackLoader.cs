using System.Text.RegularExpressions;
using Copydesk.Core.Configuration;
using Copydesk.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Copydesk.Core.Packs;

/// <summary>
/// Reads a rule pack: a YAML file with optional <c>pack</c> (its name) and <c>severity</c> (the
/// default), and <c>rules</c>, a list of rules; or a single rule at the top level, Vale-style. Every
/// problem is returned with its file, line and column, and the valid rules still load.
/// </summary>
public static class RulePackLoader
{
    private static readonly Regex IdPattern = new(@"^[A-Za-z][A-Za-z0-9_.\-]*$", RegexOptions.CultureInvariant);

    private delegate PackRule? RuleParser(PackRuleHeader header, YamlMappingNode node, YamlNodeReader yaml);

    // A class, not a tuple: a dictionary of structs is JIT-compiled at every start, ReadyToRun or not.
    private sealed record RuleType(RuleParser Parse, string[] Keys, bool IgnoreCase, string Message);

    private static readonly Dictionary<string, RuleType> Types = new()
    {
        ["existence"] = new(ExistenceRule.Parse, ExistenceRule.Keys, false, "Avoid \"{match}\"."),
        ["substitution"] = new(SubstitutionRule.Parse, SubstitutionRule.Keys, false, "Use \"{replacement}\" instead of \"{match}\"."),
        ["consistency"] = new(ConsistencyRule.Parse, ConsistencyRule.Keys, false, "Spell it one way: \"{expected}\" is used first, not \"{match}\"."),
        ["boilerplate"] = new(BoilerplateRule.Parse, BoilerplateRule.Keys, true, "Remove the leftover \"{match}\"."),
        ["conditional"] = new(ConditionalRule.Parse, ConditionalRule.Keys, false, "\"{match}\" needs support nearby."),
    };

    public static IReadOnlyCollection<string> TypeNames => Types.Keys;

    /// <summary>
    /// Loads the pack in <paramref name="text"/>. <paramref name="shipped"/> packs may use the reserved
    /// CD IDs; a repository's own packs may not.
    /// </summary>
    public static RulePack Load(string filePath, string text, bool shipped, List<ConfigurationError> errors)
    {
        var defaultName = Path.GetFileNameWithoutExtension(filePath);
        var root = YamlNodeReader.Load(filePath, text, errors, out var yaml);
        if (root is null) return new RulePack(defaultName, filePath, []);

        var fingerprint = Digest(text);
        var name = defaultName;
        var severity = Severity.Warning;
        var rules = new List<PackRule>();
        var single = YamlNodeReader.Entries(root).Any(e => e.Key is "type" or "extends");
        if (single)
        {
            var rule = ParseRule(root, yaml, severity, name, shipped, fingerprint);
            if (rule is not null) rules.Add(rule);
            return new RulePack(name, filePath, rules);
        }

        YamlNode? ruleList = null;
        foreach (var (key, keyNode, value) in YamlNodeReader.Entries(root))
        {
            switch (key)
            {
                case "pack": name = yaml.Scalar(value, "pack") ?? name; break;
                case "severity": severity = ParseSeverity(value, yaml) ?? severity; break;
                case "rules": ruleList = value; break;
                default: yaml.Error(keyNode, $"Unknown key \"{key}\" in a rule pack; expected pack, severity or rules."); break;
            }
        }

        if (ruleList is null)
        {
            yaml.Error(root, "A rule pack needs \"rules\", a list of rules.");
        }
        else if (ruleList is not YamlSequenceNode sequence)
        {
            yaml.Error(ruleList, "Expected \"rules\" to be a list of rules.");
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in sequence.Children)
            {
                if (item is not YamlMappingNode mapping)
                {
                    yaml.Error(item, "Expected each rule to be a mapping (id, type, …).");
                    continue;
                }
                var rule = ParseRule(mapping, yaml, severity, name, shipped, fingerprint);
                if (rule is null) continue;
                if (!seen.Add(rule.Descriptor.Id)) yaml.Error(mapping, $"Rule {rule.Descriptor.Id} is defined twice in this pack.");
                else rules.Add(rule);
            }
        }
        return new RulePack(name, filePath, rules);
    }

    private static PackRule? ParseRule(YamlMappingNode node, YamlNodeReader yaml, Severity packSeverity, string packName, bool shipped, string fingerprint)
    {
        string? id = null, type = null, title = null, description = null, message = null, link = null;
        YamlNode? typeNode = null;
        var severity = packSeverity;
        var scope = PackScope.Prose;
        RuleCategory? category = null;
        bool? ignoreCase = null;
        var fixable = false;

        foreach (var (key, keyNode, value) in YamlNodeReader.Entries(node))
        {
            switch (key)
            {
                case "id": id = yaml.Scalar(value, "id"); break;
                case "type": case "extends": type = yaml.Scalar(value, "type"); typeNode = value; break;
                case "title": title = yaml.Scalar(value, "title"); break;
                case "description": description = yaml.Scalar(value, "description"); break;
                case "message": message = yaml.Scalar(value, "message"); break;
                case "link": link = yaml.Scalar(value, "link"); break;
                case "severity": case "level": severity = ParseSeverity(value, yaml) ?? severity; break;
                case "scope": scope = ParseScope(value, yaml) ?? scope; break;
                case "category": category = ParseCategory(value, yaml); break;
                case "ignorecase": ignoreCase = yaml.Boolean(value, "ignorecase"); break;
                case "fix": fixable = ParseFix(value, yaml); break;
                default:
                    if (type is null || !Types.TryGetValue(type, out var known) || !known.Keys.Contains(key))
                        if (!IsTypeKey(key)) yaml.Error(keyNode, $"Unknown key \"{key}\" in a rule.");
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            yaml.Error(node, "A rule needs an \"id\".");
            return null;
        }
        if (!IdPattern.IsMatch(id))
        {
            yaml.Error(node, $"Rule ID \"{id}\" must start with a letter and hold only letters, digits, '.', '-' and '_'.");
            return null;
        }
        if (!shipped && id!.StartsWith("CD", StringComparison.OrdinalIgnoreCase) && id.Length > 2 && char.IsDigit(id[2]))
        {
            yaml.Error(node, $"Rule ID \"{id}\" is reserved for Copydesk's own rules; give your rule an ID of your own (for example \"Acme.{id}\").");
            return null;
        }
        if (type is null || !Types.TryGetValue(type.Trim().ToLowerInvariant(), out var parser))
        {
            var where = (YamlNode?)typeNode ?? node;
            yaml.Error(where, type is null
                ? $"Rule {id} needs a \"type\" ({string.Join(", ", Types.Keys)})."
                : $"Unknown rule type \"{type}\" for rule {id}; expected one of {string.Join(", ", Types.Keys)}.");
            return null;
        }
        foreach (var (key, keyNode, _) in YamlNodeReader.Entries(node))
            if (IsTypeKey(key) && !parser.Keys.Contains(key))
                yaml.Error(keyNode, $"Key \"{key}\" does not apply to a {type} rule.");

        var descriptor = new RuleDescriptor(id!, title ?? id!, category ?? CategoryOf(id!), severity, description ?? title ?? id!)
        {
            Source = packName,
        };
        if (link is not null) descriptor = descriptor with { HelpUri = link };
        else if (!shipped) descriptor = descriptor with { HelpUri = "" };
        var header = new PackRuleHeader(descriptor, message ?? parser.Message, scope, ignoreCase ?? parser.IgnoreCase, fixable, fingerprint)
        {
            Trusted = shipped,
        };
        return parser.Parse(header, node, yaml);
    }

    /// <summary>
    /// FNV-1a (64 bits) over the pack's text: result caches only need to notice that a pack changed,
    /// and a cryptographic hash would load its library at every start.
    /// </summary>
    private static string Digest(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash.ToString("X16");
    }

    private static bool IsTypeKey(string key) => Types.Values.Any(t => t.Keys.Contains(key));

    private static Severity? ParseSeverity(YamlNode node, YamlNodeReader yaml)
    {
        var text = yaml.Scalar(node, "severity");
        if (text is null) return null;
        if (SeverityNames.TryParse(text, out var severity)) return severity;
        yaml.Error(node, $"Unknown severity \"{text}\"; expected error, warning, suggestion or none.");
        return null;
    }

    private static PackScope? ParseScope(YamlNode node, YamlNodeReader yaml)
    {
        var scope = PackScope.None;
        foreach (var (name, itemNode) in yaml.Strings(node, "scope"))
        {
            if (PackScopes.TryParse(name, out var part)) scope |= part;
            else yaml.Error(itemNode, $"Unknown scope \"{name}\"; expected {string.Join(", ", PackScopes.Names)}.");
        }
        return scope == PackScope.None ? null : scope;
    }

    private static RuleCategory? ParseCategory(YamlNode node, YamlNodeReader yaml)
    {
        var text = yaml.Scalar(node, "category");
        if (text is null) return null;
        foreach (RuleCategory category in Enum.GetValues(typeof(RuleCategory)))
            if (string.Equals(category.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase)) return category;
        yaml.Error(node, $"Unknown category \"{text}\".");
        return null;
    }

    private static bool ParseFix(YamlNode node, YamlNodeReader yaml)
    {
        var text = yaml.Scalar(node, "fix");
        switch (text?.Trim().ToLowerInvariant())
        {
            case "remove": case "replace": case "true": case "yes": return true;
            case "none": case "false": case "no": case null: return false;
            default: yaml.Error(node, $"Unknown fix \"{text}\"; expected remove, replace or none."); return false;
        }
    }

    /// <summary>The category of a Copydesk ID, by its range; other IDs are custom.</summary>
    public static RuleCategory CategoryOf(string id)
    {
        if (id.Length < 4 || !id.StartsWith("CD", StringComparison.Ordinal)) return RuleCategory.Custom;
        return id.Substring(2, 2) switch
        {
            "10" => RuleCategory.Attribution,
            "11" => RuleCategory.Sourcing,
            "20" => RuleCategory.Placeholder,
            "30" => RuleCategory.Naming,
            "40" => RuleCategory.Hygiene,
            "50" => RuleCategory.Snippet,
            "90" => RuleCategory.Tool,
            _ => RuleCategory.Custom,
        };
    }
}
