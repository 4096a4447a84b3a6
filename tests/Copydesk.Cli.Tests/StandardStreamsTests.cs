using System.Diagnostics;

namespace Copydesk.Cli.Tests;

/// <summary>The real binary's stdout and stderr (raw handles for pipes, the console's streams for files).</summary>
public sealed class StandardStreamsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copydesk-streams-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "copydesk.dll");

    [SkippableFact]
    public void Report_and_summary_land_in_order_in_a_file_the_shell_also_writes_to()
    {
        Skip.If(OperatingSystem.IsWindows(), "a POSIX shell");
        File.WriteAllText(Path.Combine(_folder, "a.md"), "# T\n\nSpace , here.\n");
        var log = Path.Combine(_folder, "log.txt");

        // The shell writes before and after; stderr shares the file: nothing may overwrite anything else.
        var script = $"{{ echo before; dotnet exec '{Tool}' check a.md --no-cache --no-progress; echo after; }} > '{log}' 2>&1";
        using var shell = Process.Start(new ProcessStartInfo("sh", ["-c", script]) { WorkingDirectory = _folder })!;
        shell.WaitForExit();

        var lines = File.ReadAllLines(log);
        Assert.Equal(4, lines.Length);
        Assert.Equal("before", lines[0]);
        Assert.StartsWith("a.md(3,6,3,8): info CD4002:", lines[1]);
        Assert.StartsWith("copydesk: 1 file(s) checked", lines[2]);
        Assert.Equal("after", lines[3]);
    }

    [Fact]
    public async Task Pipes_get_the_report_in_utf8_and_the_summary()
    {
        File.WriteAllText(Path.Combine(_folder, "ünïcode.md"), "# T\n\nSpace , here.\n");
        var start = new ProcessStartInfo("dotnet", ["exec", Tool, "check", ".", "--no-cache", "--no-progress"])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("ünïcode.md(3,6,3,8): info CD4002:", await stdout);
        Assert.StartsWith("copydesk: 1 file(s) checked in ", await stderr);
    }
}
