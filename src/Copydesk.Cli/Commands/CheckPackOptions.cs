using System.CommandLine;
using Copydesk.Cli.Checking;

namespace Copydesk.Cli.Commands;

/// <summary>The options of `check` that come with configuration, baselines and fixes.</summary>
public sealed class CheckPackOptions
{
    private readonly Option<string?> _config = new("--config", "-c") { Description = "Use this configuration file for every file instead of the nearest .copydesk.yaml." };
    private readonly Option<bool> _fix = new("--fix") { Description = "Apply the safe fixes in place (ad markers, widget lines, preferred spellings) and report what is left." };
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "With --fix: print the fixes as a unified diff instead of writing them." };
    private readonly Option<string?> _baseline = new("--baseline") { Description = "Report only findings that are not in this baseline file." };
    private readonly Option<string?> _writeBaseline = new("--write-baseline") { Description = "Record today's findings in this baseline file (keyed by rule, path and text)." };

    public static CheckPackOptions AddTo(Command command)
    {
        var options = new CheckPackOptions();
        command.Options.Add(options._config);
        command.Options.Add(options._fix);
        command.Options.Add(options._dryRun);
        command.Options.Add(options._baseline);
        command.Options.Add(options._writeBaseline);
        return options;
    }

    public CheckOptions Apply(ParseResult result, CheckOptions options) => options with
    {
        ConfigFile = result.GetValue(_config),
        Fix = result.GetValue(_fix),
        DryRun = result.GetValue(_dryRun),
        BaselineFile = result.GetValue(_baseline),
        WriteBaselineFile = result.GetValue(_writeBaseline),
    };
}
