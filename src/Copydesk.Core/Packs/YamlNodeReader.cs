using Copydesk.Core.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Copydesk.Core.Packs;

/// <summary>
/// Reads YAML through the representation model so every node keeps its line and column, and
/// collects problems as <see cref="ConfigurationError"/>s instead of throwing.
/// </summary>
internal sealed class YamlNodeReader
{
    private readonly List<ConfigurationError> _errors;

    private YamlNodeReader(string filePath, List<ConfigurationError> errors)
    {
        FilePath = filePath;
        _errors = errors;
    }

    public string FilePath { get; }

    /// <summary>Parses <paramref name="text"/>; returns the root mapping, or null (with an error) when there is none.</summary>
    public static YamlMappingNode? Load(string filePath, string text, List<ConfigurationError> errors, out YamlNodeReader reader)
    {
        reader = new YamlNodeReader(filePath, errors);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            // YamlDotNet's marks are 1-based; the inner exception often holds the precise cause.
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            errors.Add(new ConfigurationError(filePath, (int)ex.Start.Line, (int)ex.Start.Column, $"Invalid YAML: {message}"));
            return null;
        }
        if (stream.Documents.Count == 0) return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode root) return root;
        if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
        reader.Error(stream.Documents[0].RootNode, "Expected a mapping (key: value pairs) at the top level.");
        return null;
    }

    public void Error(YamlNode node, string message) =>
        _errors.Add(new ConfigurationError(FilePath, (int)node.Start.Line, (int)node.Start.Column, message));

    public static IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Entries(YamlMappingNode mapping)
    {
        foreach (var entry in mapping.Children)
            if (entry.Key is YamlScalarNode { Value: { } key } keyNode)
                yield return (key, keyNode, entry.Value);
    }

    public string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar) return scalar.Value ?? "";
        Error(node, $"Expected {what} to be a single value.");
        return null;
    }

    public bool? Boolean(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        if (text is null) return null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "true": case "yes": case "on": return true;
            case "false": case "no": case "off": return false;
            default: Error(node, $"Expected {what} to be true or false, not \"{text}\"."); return null;
        }
    }

    public int? Integer(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        if (text is null) return null;
        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0)
            return value;
        Error(node, $"Expected {what} to be a whole number, not \"{text}\".");
        return null;
    }

    /// <summary>A list of strings; a single scalar counts as a list of one.</summary>
    public List<(string Value, YamlNode Node)> Strings(YamlNode node, string what)
    {
        var result = new List<(string, YamlNode)>();
        switch (node)
        {
            case YamlScalarNode scalar when !string.IsNullOrEmpty(scalar.Value):
                result.Add((scalar.Value!, scalar));
                break;
            case YamlScalarNode:
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value } && value.Length > 0) result.Add((value, item));
                    else Error(item, $"Expected each item of {what} to be a non-empty text.");
                }
                break;
            default:
                Error(node, $"Expected {what} to be a list of texts.");
                break;
        }
        return result;
    }

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping) return mapping;
        if (node is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
        Error(node, $"Expected {what} to be a mapping (key: value pairs).");
        return null;
    }

    /// <summary>Converts a node to plain .NET values for rule options: strings, lists and dictionaries.</summary>
    public static object? ToValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToValue).ToList(),
        YamlMappingNode mapping => Entries(mapping).ToDictionary(e => e.Key, e => ToValue(e.Value)),
        _ => null,
    };
}
