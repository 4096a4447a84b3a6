using System.Text.Json;

namespace Copydesk.Cli.Tests;

/// <summary>The `copydesk check` contract as one case table, run in-process.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copydesk-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("missing path", new[] { "check", "no-such-file.md" }, 2, "path not found: no-such-file.md")]
    [InlineData("unknown option", new[] { "check", "--no-such-option" }, 2, "unknown option '--no-such-option'")]
    [InlineData("unknown format", new[] { "check", "--format", "xml" }, 2, "'xml'")]
    [InlineData("unknown fail-on", new[] { "check", "--fail-on", "fatal" }, 2, "'fatal'")]
    [InlineData("clean folder", new[] { "check" }, 0, "")]
    [InlineData("suggestion only", new[] { "check", "spaced.md" }, 0, "")]
    [InlineData("suggestion with --fail-on suggestion", new[] { "check", "spaced.md", "--fail-on", "suggestion" }, 1, "")]
    [InlineData("suggestion with --fail-on warning", new[] { "check", "spaced.md", "--fail-on", "warning" }, 0, "")]
    public void Exit_codes_and_errors(string name, string[] args, int exitCode, string error)
    {
        File.WriteAllText(Path.Combine(_folder, "clean.md"), "# A clean article\n\nNothing to see here.\n");
        if (args.Contains("spaced.md")) File.WriteAllText(Path.Combine(_folder, "spaced.md"), "# Title\n\nA stray space , here.\n");

        var result = Cli.Run(_folder, args);

        Assert.True(exitCode == result.ExitCode, $"{name}: exit {result.ExitCode}, stderr: {result.Error}");
        if (error.Length > 0)
        {
            Assert.Contains(error, result.Error);
            Assert.Single(result.Error.TrimEnd().Split('\n'));
        }
    }

    [Fact]
    public void Text_output_is_msbuild_canonical_with_relative_paths()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "docs"));
        File.WriteAllText(Path.Combine(_folder, "docs", "a.md"), "# Title\n\nA stray space , here.\n");

        var result = Cli.Run(_folder, "check", "--fail-on", "suggestion");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("docs/a.md(3,14,3,16): info CD4002: Remove the space before \",\".", result.Out.Trim());
    }

    [Fact]
    public void Folders_recurse_into_articles_only_and_skip_build_output()
    {
        foreach (var path in new[] { "a.md", "sub/b.markdown", "sub/c.txt", "sub/d.cs", "bin/e.md", "node_modules/f.md" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_folder, path))!);
            File.WriteAllText(Path.Combine(_folder, path), "# T\n\nSpace , here.\n");
        }

        var result = Cli.Run(_folder, "check", "--format", "json");
        var paths = JsonDocument.Parse(result.Out).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.GetProperty("path").GetString()).ToList();

        Assert.Equal(["a.md", "sub/b.markdown", "sub/c.txt"], paths);
    }

    [Fact]
    public void Globs_select_files_relative_to_the_working_directory()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "docs", "deep"));
        File.WriteAllText(Path.Combine(_folder, "docs", "deep", "a.md"), "# T\n\nSpace , here.\n");
        File.WriteAllText(Path.Combine(_folder, "docs", "b.txt"), "T\n\nSpace , here.\n");

        var result = Cli.Run(_folder, "check", "docs/**/*.md", "--format", "json");
        var paths = JsonDocument.Parse(result.Out).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.GetProperty("path").GetString()).ToList();

        Assert.Equal(["docs/deep/a.md"], paths);
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file()
    {
        File.WriteAllText(Path.Combine(_folder, "a.md"), "# T\n\nSpace , here.\n");

        var result = Cli.Run(_folder, "check", "--format", "sarif", "--output", "out.sarif");

        Assert.Equal("", result.Out);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "out.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Stdin_is_checked_under_the_given_name()
    {
        var stdout = new StringWriter();
        var console = new CliConsole(stdout, new StringWriter(), _folder)
        {
            OpenInput = () => new MemoryStream("# T\n\nSpace , here.\n"u8.ToArray()),
        };
        var root = CopydeskCommandLineForTests(console, "check", "--stdin-filename", "docs/piped.md");

        Assert.Equal(0, root);
        Assert.StartsWith("docs/piped.md(3,6,3,8): info CD4002", stdout.ToString());
    }

    [Fact]
    public void Github_format_ends_with_a_summary()
    {
        File.WriteAllText(Path.Combine(_folder, "a.md"), "# T\n\nSpace , here.\n");

        var lines = Cli.Run(_folder, "check", "--format", "github").Out.TrimEnd().Split('\n');

        Assert.Equal("::notice file=a.md,line=3,col=6,endLine=3,endColumn=8,title=CD4002::Remove the space before \",\".", lines[0]);
        Assert.Equal("Copydesk: 0 error(s), 0 warning(s), 1 suggestion(s) in 1 file(s) [CD4002 1].", lines[^1]);
    }

    [Fact]
    public void Unreadable_input_exits_2_yet_reports_the_other_files()
    {
        File.WriteAllText(Path.Combine(_folder, "good.md"), "# T\n\nSpace , here.\n");
        // A dangling link is listed by the folder search but cannot be read, even by root.
        File.CreateSymbolicLink(Path.Combine(_folder, "locked.md"), Path.Combine(_folder, "gone.md"));

        var result = Cli.Run(_folder, "check");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("good.md(3,6,3,8): info CD4002", result.Out);
        Assert.Contains("locked.md(1,1,1,1): error CD9001", result.Out);
    }

    private static int CopydeskCommandLineForTests(CliConsole console, params string[] args)
    {
        var command = Commands.CheckCommand.Create(console);
        return command.Parse(args[1..]).Invoke();
    }
}
