using System.Diagnostics;

namespace Copydesk.Cli.Checking;

/// <summary>
/// A one-line progress bar on stderr (files done / total, rate), redrawn at most ten times a
/// second. Only for terminals: CI logs and pipes get no carriage-return noise.
/// </summary>
public sealed class ProgressBar(TextWriter stderr, int total) : IProgress<int>, IDisposable
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private long _lastDraw = -1000;
    private bool _drawn;

    public static bool IsWanted(bool disabled) => !disabled && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    public void Report(int done)
    {
        lock (_gate)
        {
            var now = _clock.ElapsedMilliseconds;
            if (now - _lastDraw < 100 && done < total) return;
            _lastDraw = now;
            var filled = total == 0 ? Width : done * Width / total;
            var rate = done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            stderr.Write($"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {done}/{total} files, {rate:0} files/s ");
            _drawn = true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
            if (_drawn) stderr.Write("\r" + new string(' ', Width + 40) + "\r");
    }
}
