using System.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Resident memory from /proc/self/statm (its second field is resident pages), read through one open handle
/// into a stack buffer so that sampling every few milliseconds allocates nothing: the sampler runs during a
/// fit whose allocated bytes are measured too. Without /proc it falls back to Process.WorkingSet64. The peak is the
/// kernel's high-water mark (VmHWM), which a technique's measurement restarts (/proc/self/clear_refs).
/// </summary>
internal sealed class ProcResidentMemory : IResidentMemory, IDisposable
{
    private readonly SafeFileHandle? _statm;
    private readonly int? _processId;
    private const string StatusPath = "/proc/self/status";
    private const string ClearRefsPath = "/proc/self/clear_refs";

    private readonly long _pageSize = System.Environment.SystemPageSize;

    public ProcResidentMemory()
        : this("/proc/self/statm")
    {
    }

    /// <summary>Reads the resident memory of another process (a fit isolated in a child), or of this one.</summary>
    public ProcResidentMemory(int processId)
        : this($"/proc/{processId}/statm") => _processId = processId;

    private ProcResidentMemory(string statmPath)
    {
        try
        {
            _statm = File.Exists(statmPath) ? File.OpenHandle(statmPath) : null;
        }
        catch (IOException)
        {
            _statm = null;
        }
        catch (UnauthorizedAccessException)
        {
            _statm = null;
        }
    }

    public long ResidentBytes()
    {
        if (_statm is null)
        {
            using var process = _processId is { } id ? Process.GetProcessById(id) : Process.GetCurrentProcess();
            return process.WorkingSet64;
        }

        Span<byte> buffer = stackalloc byte[128];
        var read = RandomAccess.Read(_statm, buffer, 0);
        return ParseResidentPages(buffer[..read]) * _pageSize;
    }

    /// <inheritdoc/>
    /// <remarks>VmHWM of /proc/self/status; only for this process.</remarks>
    public long? PeakBytes()
    {
        if (_processId is not null || !File.Exists(StatusPath))
        {
            return null;
        }

        foreach (var line in File.ReadLines(StatusPath))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return ParseKilobytes(line.AsSpan("VmHWM:".Length));
            }
        }

        return null;
    }

    /// <inheritdoc/>
    /// <remarks>Writing 5 to /proc/self/clear_refs resets the peak to the current resident size (Linux 4.0 and later).</remarks>
    public bool ResetPeak()
    {
        if (_processId is not null || !File.Exists(ClearRefsPath))
        {
            return false;
        }

        try
        {
            File.WriteAllText(ClearRefsPath, "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose() => _statm?.Dispose();

    /// <summary>The bytes of a status line's value such as <c>   1234 kB</c>.</summary>
    internal static long? ParseKilobytes(ReadOnlySpan<char> value)
    {
        var text = value.Trim();
        if (!text.EndsWith(" kB", StringComparison.Ordinal))
        {
            return null;
        }

        return long.TryParse(text[..^3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var kilobytes) ? kilobytes * 1024 : null;
    }

    /// <summary>The second space-separated number of a statm line.</summary>
    internal static long ParseResidentPages(ReadOnlySpan<byte> line)
    {
        var field = 0;
        long value = 0;
        foreach (var b in line)
        {
            if (b == (byte)' ')
            {
                if (field == 1)
                {
                    return value;
                }

                field++;
                continue;
            }

            if (field == 1 && b is >= (byte)'0' and <= (byte)'9')
            {
                value = (value * 10) + (b - (byte)'0');
            }
        }

        return value;
    }
}
