using System.Diagnostics;
using System.Globalization;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Techniques.External.Command;

/// <summary>
/// One run of a brought command (<c>COMMAND fit TRAIN.csv MODEL_DIR</c> or <c>COMMAND predict MODEL_DIR</c>) through
/// <c>/bin/sh</c>, in the study's folder, under its limits, with its standard error kept (the last lines) for the reason
/// of a failure. The command line is the study's, as its author wrote it; the arguments are passed as "$@", never
/// spliced into it.
/// </summary>
internal sealed class CommandProcess : IDisposable
{
    private const int StderrLines = 5;
    private readonly Process _process;
    private readonly Queue<string> _stderr = new();
    private readonly string _label;

    public CommandProcess(string command, string folder, CommandLimits limits, IReadOnlyDictionary<string, string> environment, string label, params string[] arguments)
    {
        _label = label;
        var info = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var kilobytes = Math.Max(1, limits.MemoryBytes / 1024).ToString(CultureInfo.InvariantCulture);
        foreach (var argument in new[] { "-c", $"ulimit -v {kilobytes} && exec {command} \"$@\"", "sh" }.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        _process = new Process { StartInfo = info };
        _process.ErrorDataReceived += (_, e) => KeepStderr(e.Data);
        _process.Start();
        _process.BeginErrorReadLine();
    }

    public StreamWriter Input => _process.StandardInput;

    public StreamReader Output => _process.StandardOutput;

    /// <summary>Waits for the program to end within <paramref name="limit"/>; past it, or on cancellation, its process tree is killed and this throws.</summary>
    public void WaitForExit(TimeSpan limit, CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(Kill);
        if (!_process.WaitForExit(limit))
        {
            Kill();
            throw new TimeoutException($"{_label} did not finish within its time limit of {Format(limit)} and was stopped");
        }

        _process.WaitForExit();
        cancellationToken.ThrowIfCancellationRequested();
        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException(Failure());
        }
    }

    /// <summary>Reads one line of the program's answer within <paramref name="limit"/>; null when it ended.</summary>
    public string? ReadLine(TimeSpan limit)
    {
        var line = Output.ReadLineAsync();
        if (!line.Wait(limit))
        {
            Kill();
            throw new TimeoutException($"{_label} gave no prediction within its time limit of {Format(limit)} and was stopped");
        }

        return line.Result;
    }

    /// <summary>Why the program ended: its exit code (127: not found) and the last line it wrote to standard error.</summary>
    public string Failure()
    {
        _process.WaitForExit();
        var code = _process.ExitCode;
        string tail;
        lock (_stderr)
        {
            tail = _stderr.Count > 0 ? ": " + _stderr.Last() : string.Empty;
        }

        return code switch
        {
            127 => $"{_label}: the program was not found (exit code 127){tail}",
            126 => $"{_label}: the program cannot be run (exit code 126){tail}",
            _ => $"{_label} exited with code {code.ToString(CultureInfo.InvariantCulture)}{tail}",
        };
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Ended between the check and the kill: nothing left to stop.
        }
    }

    private void KeepStderr(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (_stderr)
        {
            _stderr.Enqueue(line.Trim());
            if (_stderr.Count > StderrLines)
            {
                _stderr.Dequeue();
            }
        }
    }

    private static string Format(TimeSpan span) => QualityFormat.Seconds(span.TotalSeconds);
}
