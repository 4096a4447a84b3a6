using System.CommandLine;
using Copydesk.Cli.Checking;
using Copydesk.Cli.Commands;

namespace Copydesk.Cli.Tests;

/// <summary>The fast reading of everyday `check` command lines must mean exactly what System.CommandLine reads.</summary>
public sealed class CheckArgumentsTests
{
    private static CheckOptions? ThroughSystemCommandLine(string[] args)
    {
        CheckOptions? parsed = null;
        var root = new RootCommand();
        root.Subcommands.Add(CheckCommand.Create(options =>
        {
            parsed = options;
            return 0;
        }));
        var result = root.Parse(args);
        if (result.Errors.Count > 0) return null;
        result.Invoke();
        return parsed;
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", ".", "--no-progress")]
    [InlineData("check", "docs", "a.md", "--format", "sarif", "-o", "out.sarif", "--fail-on", "warning")]
    [InlineData("check", "-f", "json", "-j", "3", "--no-cache", "--cache-dir", "elsewhere")]
    [InlineData("check", "--cache-dir", "/tmp/cache", "--shard", "2/3", "docs/**/*.md", "/abs/path.md")]
    [InlineData("check", "--staged", "--config", "c.yaml", "--fix", "--dry-run", "docs")]
    [InlineData("check", "--changed-since", "origin/main", "--baseline", "b.json", "docs")]
    [InlineData("check", "--write-baseline", "b.json", "-c", "c.yaml", "--stdin-filename", "x.md", "--fail-on", "suggestion")]
    [InlineData("check", "a.md", "--format", "github", "b.md", "--jobs", "12", "c:d.md", "x=y.md")]
    public void Everyday_command_lines_read_as_System_CommandLine_reads_them(params string[] args)
    {
        var fast = CheckArguments.TryParse(args);
        var full = ThroughSystemCommandLine(args);

        Assert.NotNull(fast);
        Assert.NotNull(full);
        Assert.Equal(full.Paths, fast.Paths);
        Assert.Equal(full with { Paths = [] }, fast with { Paths = [] });
    }

    [Theory]
    [InlineData("check", "--format=json")]
    [InlineData("check", "-f:json")]
    [InlineData("check", "--help")]
    [InlineData("check", "-h")]
    [InlineData("check", "/?")]
    [InlineData("check", "@arguments.rsp")]
    [InlineData("check", "--fix", "true")]
    [InlineData("check", "--no-cache", "False", "docs")]
    [InlineData("check", "--no-cache", "--no-cache")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--format", "json", "--format", "text")]
    [InlineData("check", "--fail-on", "Error")]
    [InlineData("check", "--jobs", "-1")]
    [InlineData("check", "--jobs", "+2")]
    [InlineData("check", "--jobs", "9999999999")]
    [InlineData("check", "--output")]
    [InlineData("check", "--output", "--fix")]
    [InlineData("check", "--unknown")]
    [InlineData("check", "--", "-file.md")]
    [InlineData("check", "")]
    [InlineData("check", "-")]
    [InlineData("rules")]
    [InlineData("--version")]
    public void Other_shapes_are_left_to_System_CommandLine(params string[] args) =>
        Assert.Null(CheckArguments.TryParse(args));

    [Fact]
    public void A_shape_left_to_System_CommandLine_still_runs()
    {
        var folder = Directory.CreateTempSubdirectory("copydesk-args-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.md"), "# T\n\nSpace , here.\n");

            var result = Cli.Run(folder, "check", "--format=json", "--no-cache", "--no-progress");
            var usage = Cli.Run(folder, "check", "--format", "xml");

            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith("{", result.Out.TrimStart());
            Assert.Contains("CD4002", result.Out);
            Assert.Equal(2, usage.ExitCode);
            Assert.Contains("xml", usage.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
