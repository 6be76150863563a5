using System.Diagnostics;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// The error output of a child process read line by line as it comes (a worker never ends by itself), so that a test
/// waits for a line and later reads all that was said.
/// </summary>
internal sealed class ChildLines
{
    private readonly List<string> _lines = [];
    private readonly Task _reading;

    public ChildLines(Process process)
    {
        Process = process;
        _ = process.StandardOutput.ReadToEndAsync();
        _reading = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (_lines)
                {
                    _lines.Add(line);
                }
            }
        });
    }

    public Process Process { get; }

    /// <summary>Every line said so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Everything said so far, one line each.</summary>
    public string Text => string.Join("\n", Lines);

    /// <summary>The first line said that satisfies <paramref name="match"/> after <paramref name="skip"/> such lines; waits for it (up to 3 minutes).</summary>
    /// <exception cref="InvalidOperationException">The process ended without saying it.</exception>
    public async Task<string> WaitForAsync(Func<string, bool> match, int skip = 0)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (true)
        {
            var ended = _reading.IsCompleted;
            if (Lines.Where(match).Skip(skip).FirstOrDefault() is { } line)
            {
                return line;
            }

            if (ended)
            {
                throw new InvalidOperationException($"the process ended without the line awaited; it said:\n{Text}");
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>Waits until the process has ended and its output is read; returns its exit code.</summary>
    public async Task<int> ExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await Process.WaitForExitAsync(timeout.Token);
        await _reading.WaitAsync(timeout.Token);
        return Process.ExitCode;
    }
}
