using System.Text;

namespace Copydesk.Cli;

/// <summary>
/// The tool's stdout and stderr. Outside Windows: UTF-8 writers straight on the standard handles, because
/// <see cref="Console.Out"/> first works out the terminal's encoding (about 2.5 ms of every run) and then
/// writes each line with its own system call. On Windows the console's code page matters, so the console's own.
/// </summary>
internal static class StandardStreams
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Buffered: the caller flushes it (after the report, and at exit).</summary>
    public static TextWriter OpenOut() =>
        OperatingSystem.IsWindows() ? Console.Out : new StreamWriter(Console.OpenStandardOutput(), Utf8, 64 * 1024);

    /// <summary>Flushed at every write, as progress and messages must show at once.</summary>
    public static TextWriter OpenError() =>
        OperatingSystem.IsWindows() ? Console.Error : new StreamWriter(Console.OpenStandardError(), Utf8, 4 * 1024) { AutoFlush = true };
}
