using System.Globalization;

namespace Tradeoff.Benchmarks;

/// <summary>Memory figures of this process from Linux's /proc/self/status.</summary>
internal static class ProcStatus
{
    /// <summary>A "kB" field of /proc/self/status (VmRSS, VmHWM...) in bytes; 0 when unavailable.</summary>
    public static long Read(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                var kb = line[(field.Length + 1)..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>Resets the peak resident set (VmHWM) to the current one; false when the kernel refuses.</summary>
    public static bool ResetPeak()
    {
        try
        {
            // "5" resets the peak RSS counter (Documentation/filesystems/proc.rst, clear_refs).
            File.WriteAllText("/proc/self/clear_refs", "5");
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
}
