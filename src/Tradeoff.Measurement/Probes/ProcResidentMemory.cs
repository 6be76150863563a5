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
    private const string StatmPath = "/proc/self/statm";
    private readonly SafeFileHandle? _statm;
    private readonly long _pageSize = System.Environment.SystemPageSize;

    public ProcResidentMemory()
    {
        try
        {
            _statm = File.Exists(StatmPath) ? File.OpenHandle(StatmPath) : null;
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
            using var process = Process.GetCurrentProcess();
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
