using System.CommandLine;
using Copydesk.Core.Configuration;
using Copydesk.Core.Diagnostics;

namespace Copydesk.Cli.Commands;

/// <summary>`copydesk explain ID`: prints the rule's doc page (embedded in the tool), or a pack rule's own description.</summary>
public static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The rule ID, for example CD2001." };
        var command = new Command("explain", "Print what a rule finds, why, and how to configure or silence it.") { id };
        command.SetAction(result => Run(console, result.GetValue(id)!));
        return command;
    }

    public static string? DocPage(string id)
    {
        var assembly = typeof(ExplainCommand).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => string.Equals(n, $"docs/rules/{id}.md", StringComparison.OrdinalIgnoreCase));
        if (name is null) return null;
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }

    private static int Run(CliConsole console, string id)
    {
        if (DocPage(id.Trim()) is { } page)
        {
            console.Out.Write(page);
            return CopydeskCommandLine.Success;
        }
        // A repository's own pack rule has no page in the tool: show what its pack says.
        var resolver = new ConfigurationResolver(PhysicalConfigFileSource.Instance);
        var rule = resolver.Resolve(Path.Combine(console.WorkingDirectory, "article.md")).Rules.Descriptors
            .FirstOrDefault(d => string.Equals(d.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
        if (rule is null)
        {
            console.Error.WriteLine($"copydesk: unknown rule '{id}'; `copydesk rules` lists them");
            return CopydeskCommandLine.ToolFailure;
        }
        console.Out.WriteLine($"# {rule.Id}: {rule.Title}");
        console.Out.WriteLine();
        console.Out.WriteLine($"Category: {rule.Category.ToString().ToLowerInvariant()} · Default severity: {rule.DefaultSeverity.ToName()} · Source: pack {rule.Source}");
        if (rule.Description.Length > 0) { console.Out.WriteLine(); console.Out.WriteLine(rule.Description); }
        if (rule.HelpUri.Length > 0) { console.Out.WriteLine(); console.Out.WriteLine($"More: {rule.HelpUri}"); }
        return CopydeskCommandLine.Success;
    }
}
