using System.CommandLine;
using Copydesk.Cli.Checking;
using Copydesk.Core.Configuration;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Cli.Commands;

/// <summary>`copydesk rules`: every rule in effect here, with ID, category, severity and where it comes from.</summary>
public static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var config = new Option<string?>("--config", "-c") { Description = "Use this configuration file instead of the nearest .copydesk.yaml." };
        var command = new Command("rules", "List every rule with its ID, category, severity and source (C# or the pack it comes from).") { config };
        command.SetAction(result => Run(console, result.GetValue(config)));
        return command;
    }

    private static int Run(CliConsole console, string? configFile)
    {
        var resolver = new ConfigurationResolver(PhysicalConfigFileSource.Instance,
            configFile is null ? null : Path.GetFullPath(Path.Combine(console.WorkingDirectory, configFile)));
        // The rules that apply to a file in this folder, with this folder's configuration.
        var effective = resolver.Resolve(Path.Combine(console.WorkingDirectory, "article.md"));
        var rows = effective.Rules.Entries
            .Select(e => (e.Rule.Descriptor, e.Severity))
            .Concat(ToolDescriptors.All.Select(d => (Descriptor: d, Severity: d.DefaultSeverity)))
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .Select(r => new[]
            {
                r.Descriptor.Id,
                r.Descriptor.Category.ToString().ToLowerInvariant(),
                r.Severity.ToName(),
                r.Descriptor.Source is { } source ? "pack " + source : r.Descriptor.Category == RuleCategory.Tool ? "tool" : "built-in",
                r.Descriptor.Title,
            })
            .ToList();
        string[] header = ["ID", "CATEGORY", "SEVERITY", "SOURCE", "TITLE"];
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
            console.Out.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))));

        foreach (var error in resolver.Errors) console.Error.WriteLine($"copydesk: {error}");
        return resolver.Errors.Count > 0 ? CopydeskCommandLine.ToolFailure : CopydeskCommandLine.Success;
    }
}
