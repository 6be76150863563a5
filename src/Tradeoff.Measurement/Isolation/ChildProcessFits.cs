using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Tradeoff.Core.Data;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Isolation;

/// <summary>
/// Isolates a fit in a child process of the command line (<c>tradeoff fit-child REQUEST</c>, see <see cref="FitChild"/>):
/// the data go as an exact binary file, the child loads them, says <c>ready RSS</c>, fits, says <c>done SECONDS
/// PEAK</c>. This process watches the child's resident memory (/proc/PID/statm, and the kernel's high-water mark
/// VmHWM from /proc/PID/status, so the peak reported is the true one even between two readings) every 10 ms and its
/// time from the moment it is ready, and kills it at either limit: a limit that holds for libtorch and LightGBM,
/// which no managed watchdog can stop. A native crash ends the child, not the run.
/// </summary>
public sealed class ChildProcessFits : IFitIsolation
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    // Loading the runtime, the technique's native library and the data is not the fit's: it has this long.
    private static readonly TimeSpan StartUp = TimeSpan.FromMinutes(2);

    private const int TechniqueFailed = 3;
    private readonly string _fileName;
    private readonly IReadOnlyList<string> _arguments;

    /// <summary>Starts children as <paramref name="fileName"/> <paramref name="arguments"/> REQUEST.</summary>
    public ChildProcessFits(string fileName, IReadOnlyList<string> arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        _fileName = fileName;
        _arguments = arguments;
    }

    /// <summary>The exit code of a child whose technique threw (its message on the error stream).</summary>
    public static int FailedExitCode => TechniqueFailed;

    public IsolatedFit Fit(string techniqueId, IReadOnlyDictionary<string, string> settings, Dataset data, int seed, int threads, TimeSpan? timeLimit, long? memoryLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var folder = Directory.CreateTempSubdirectory("tradeoff-fit-").FullName;
        try
        {
            var dataPath = Path.Combine(folder, "data.bin");
            using (var stream = File.Create(dataPath))
            {
                DatasetFile.Write(data, stream);
            }

            var requestPath = Path.Combine(folder, "request.json");
            File.WriteAllText(requestPath, JsonSerializer.Serialize(new FitRequest(techniqueId, settings, seed, threads, dataPath)));
            using var child = Start(requestPath);
            return Watch(child, timeLimit, memoryLimit, cancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Process Start(string requestPath)
    {
        var start = new ProcessStartInfo(_fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in _arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(requestPath);
        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {_fileName}");
    }

    private static IsolatedFit Watch(Process child, TimeSpan? timeLimit, long? memoryLimit, CancellationToken cancellationToken)
    {
        var error = child.StandardError.ReadToEndAsync(CancellationToken.None);
        var lines = new Lines(child.StandardOutput);
        var ready = lines.Next(StartUp, cancellationToken);
        if (ready is null || !ready.StartsWith("ready ", StringComparison.Ordinal))
        {
            Kill(child);
            return Ended(child, error, 0, 0, cancellationToken);
        }

        var baseline = long.Parse(ready.AsSpan(6), CultureInfo.InvariantCulture);
        using var memory = new ProcResidentMemory(child.Id);
        var clock = Stopwatch.StartNew();
        long peak = 0;
        while (!child.WaitForExit(Poll))
        {
            peak = Math.Max(peak, Resident(memory, child) - baseline);
            if (memoryLimit is { } bytes && peak > bytes)
            {
                Kill(child);
                return new IsolatedFit(IsolatedOutcome.OverMemory, clock.Elapsed.TotalSeconds, peak);
            }

            if (timeLimit is { } limit && clock.Elapsed > limit)
            {
                Kill(child);
                return new IsolatedFit(IsolatedOutcome.OverTime, clock.Elapsed.TotalSeconds, peak);
            }

            if (cancellationToken.IsCancellationRequested)
            {
                Kill(child);
                return new IsolatedFit(IsolatedOutcome.Cancelled, clock.Elapsed.TotalSeconds, peak);
            }
        }

        var done = lines.Next(TimeSpan.FromSeconds(10), CancellationToken.None);
        if (child.ExitCode == 0 && done is not null && done.StartsWith("done ", StringComparison.Ordinal))
        {
            var fields = done.Split(' ');
            var seconds = double.Parse(fields[1], CultureInfo.InvariantCulture);
            var childPeak = long.Parse(fields[2], CultureInfo.InvariantCulture) - baseline;
            return new IsolatedFit(IsolatedOutcome.Completed, seconds, Math.Max(peak, childPeak));
        }

        return Ended(child, error, clock.Elapsed.TotalSeconds, peak, cancellationToken);
    }

    private static IsolatedFit Ended(Process child, Task<string> error, double seconds, long peak, CancellationToken cancellationToken)
    {
        child.WaitForExit();
        var said = error.Wait(TimeSpan.FromSeconds(10)) ? error.Result.Trim() : string.Empty;
        if (cancellationToken.IsCancellationRequested)
        {
            return new IsolatedFit(IsolatedOutcome.Cancelled, seconds, peak);
        }

        if (child.ExitCode == TechniqueFailed)
        {
            return new IsolatedFit(IsolatedOutcome.Failed, seconds, peak, said);
        }

        var how = child.ExitCode > 128 ? $"signal {child.ExitCode - 128}" : $"exit code {child.ExitCode}";
        var last = said.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return new IsolatedFit(IsolatedOutcome.Crashed, seconds, peak, last is null ? how : $"{how}: {last}");
    }

    private static long Resident(ProcResidentMemory memory, Process child)
    {
        try
        {
            return Math.Max(memory.ResidentBytes(), HighWaterMark.Of(child.Id.ToString(CultureInfo.InvariantCulture)));
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException)
        {
            // It ended between the wait and the reading: the wait sees it next.
            return 0;
        }
    }

    private static void Kill(Process child)
    {
        try
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It ended on its own between the reading and the kill.
        }
    }

    /// <summary>The child's output lines, read on the thread pool so that waiting for one can time out.</summary>
    private sealed class Lines(StreamReader reader)
    {
        private Task<string?>? _pending;

        public string? Next(TimeSpan wait, CancellationToken cancellationToken)
        {
            _pending ??= reader.ReadLineAsync(CancellationToken.None).AsTask();
            try
            {
                if (!_pending.Wait(wait, cancellationToken))
                {
                    return null;
                }
            }
            catch (OperationCanceledException)
            {
                return null;
            }

            var line = _pending.Result;
            _pending = null;
            return line;
        }
    }
}
