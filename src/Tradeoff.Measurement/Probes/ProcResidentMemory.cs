using System.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Resident memory from /proc/self/statm (its second field is resident pages), read through one open handle
/// into a stack buffer so that sampling every few milliseconds allocates nothing: the sampler runs during a
/// fit whose allocated bytes are measured too. Without /proc it falls back to Process.WorkingSet64.
/// </summary>
internal sealed class ProcResidentMemory : IResidentMemory, IDisposable
{
    private readonly SafeFileHandle? _statm;
    private readonly int? _processId;
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

    public void Dispose() => _statm?.Dispose();

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
