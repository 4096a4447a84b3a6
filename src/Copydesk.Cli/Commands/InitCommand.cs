using System.CommandLine;
using Copydesk.Core.Configuration;

namespace Copydesk.Cli.Commands;

/// <summary>`copydesk init`: writes a commented starter <c>.copydesk.yaml</c> in the current folder.</summary>
public static class InitCommand
{
    public const string Starter = """
        # Copydesk configuration. Copydesk reads the nearest .copydesk.yaml above each file and merges it
        # with the ones further up (the nearest wins). `copydesk rules` lists the rules and their sources;
        # `copydesk explain ID` shows what a rule finds.

        # Stop here: do not merge with configurations in parent folders.
        root: true

        # Which files to check, relative to this file. A pattern without "/" matches at any depth.
        # include:
        #   - "docs/**"
        exclude:
          - "node_modules/**"
          - "**/bin/**"
          - "**/obj/**"

        # Your own rule packs: YAML files, or folders of them (see the README, "Rule packs").
        # packs:
        #   - .copydesk/styles

        # Per-rule severity (error | warning | suggestion | none) and options.
        rules:
          # CD2001: error        # ad markers ("Advertisement")
          # CD3002: suggestion   # preferred spellings (GitHub, JavaScript, DXOMARK, ...)
          # CD4001: none         # all-caps sentences

        # Your project's own words: naming rules (CD30xx) leave exactly these spellings alone.
        vocabulary:
          accept:
            # - DxOMark
        """;

    public static Command Create(CliConsole console)
    {
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .copydesk.yaml." };
        var command = new Command("init", "Write a commented starter .copydesk.yaml in the current folder.") { force };
        command.SetAction(result =>
        {
            var path = Path.Combine(console.WorkingDirectory, ConfigFile.FileName);
            if (File.Exists(path) && !result.GetValue(force))
            {
                console.Error.WriteLine($"copydesk: {ConfigFile.FileName} already exists; use --force to overwrite it");
                return CopydeskCommandLine.ToolFailure;
            }
            File.WriteAllText(path, Starter.ReplaceLineEndings("\n") + "\n");
            console.Out.WriteLine($"Wrote {ConfigFile.FileName}.");
            return CopydeskCommandLine.Success;
        });
        return command;
    }
}
