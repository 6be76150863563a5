using System.Globalization;

namespace Tradeoff.Measurement.Isolation;

/// <summary>
/// The kernel's peak resident set of a process (VmHWM in /proc/PID/status): the true peak, including growth that
/// came and went between two samples. 0 where /proc has no such line or the process is gone.
/// </summary>
internal static class HighWaterMark
{
    public static long Of(string process)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process ended between two readings, or there is no /proc.
        }

        return 0;
    }

    /// <summary>Resets this process's mark to its current resident set ("5" to clear_refs, Linux 4.0+); false where it cannot.</summary>
    public static bool ResetOwn()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
