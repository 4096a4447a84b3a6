using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Copydesk.Cli;

/// <summary>
/// The tool's stdout and stderr. The console's own streams set up the terminal on their first write: they
/// work out its encoding, start signal handling and read terminfo, about 4 ms of every run, though a report
/// has no use for any of it. So outside Windows the writers are UTF-8 on the raw handle when that is a pipe,
/// a terminal or /dev/null. A regular file gets the console's stream: a file stream writes at offsets of its
/// own, which would clobber what the shell writes to the same file before or after (or stderr beside it).
/// </summary>
internal static class StandardStreams
{
    // UTF-8 without a byte order mark, as .NET's default encoding is (naming UTF8Encoding would load one more assembly).
    private static readonly Encoding Utf8 = Encoding.Default;

    // Lambdas, not method groups, and the console only on Windows: a run writing to a pipe never loads System.Console.

    /// <summary>Buffered: the caller flushes it (after the report, and at exit).</summary>
    public static TextWriter OpenOut() =>
        OperatingSystem.IsWindows() ? ConsoleOut() : new StreamWriter(Open(1, static () => Console.OpenStandardOutput()), Utf8, 64 * 1024);

    /// <summary>Flushed at every write, as progress and messages must show at once.</summary>
    public static TextWriter OpenError() =>
        OperatingSystem.IsWindows() ? ConsoleError() : new StreamWriter(Open(2, static () => Console.OpenStandardError()), Utf8, 4 * 1024) { AutoFlush = true };

    private static TextWriter ConsoleOut() => Console.Out;

    private static TextWriter ConsoleError() => Console.Error;

    private static Stream Open(int descriptor, Func<Stream> console)
    {
        try
        {
            var raw = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (!raw.CanSeek || IsNullDevice(descriptor)) return new ClosedPipeTolerantStream(raw);
            raw.Dispose();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Closed or odd handle: the console's stream knows how to deal with it.
        }
        return console();
    }

    private static bool IsNullDevice(int descriptor)
    {
        try
        {
            // Not interpolated: formatting an int there costs a run 1.3 ms the first time.
            return new FileInfo(descriptor == 1 ? "/proc/self/fd/1" : "/proc/self/fd/2").LinkTarget == "/dev/null";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Drops output once the reader is gone (`copydesk check | head`), as the console's stream does, instead of
    /// failing the run over a report nobody reads any more.
    /// </summary>
    private sealed class ClosedPipeTolerantStream(FileStream inner) : Stream
    {
        private bool _closed;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_closed) return;
            try
            {
                inner.Write(buffer);
            }
            catch (IOException)
            {
                _closed = true;
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
