using System.Globalization;
using System.Runtime.InteropServices;

namespace Tradeoff.Measurement;

/// <summary>Facts about the machine that .NET does not expose: the CPU model, kernel and physical memory from /proc, the C environment.</summary>
internal static partial class MachineInfo
{
    public static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        if (File.Exists(cpuinfo))
        {
            foreach (var line in File.ReadLines(cpuinfo))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && line[..colon].Trim() is "model name" or "Hardware" or "cpu model")
                {
                    return line[(colon + 1)..].Trim();
                }
            }
        }

        return $"unknown {RuntimeInformation.ProcessArchitecture} CPU";
    }

    /// <summary>The kernel release (<c>6.1.0-18-amd64</c>): timings can move with it on the same distribution.</summary>
    public static string Kernel()
    {
        const string release = "/proc/sys/kernel/osrelease";
        return File.Exists(release) ? File.ReadAllText(release).Trim() : System.Environment.OSVersion.VersionString;
    }

    public static long MemoryBytes()
    {
        const string meminfo = "/proc/meminfo";
        if (File.Exists(meminfo))
        {
            foreach (var line in File.ReadLines(meminfo))
            {
                if (line.StartsWith("MemTotal:", StringComparison.Ordinal))
                {
                    var kib = line["MemTotal:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim();
                    return long.Parse(kib, NumberStyles.Integer, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
    }

    /// <summary>The C library's view of an environment variable, or null (unset, or no libc).</summary>
    public static string? NativeVariable(string name)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var pointer = GetEnv(name);
            return pointer == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(pointer);
        }
        catch (DllNotFoundException)
        {
            return null;
        }
    }

    // getenv's result belongs to the C library and must not be freed, hence a pointer rather than a marshalled string.
    [LibraryImport("libc", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GetEnv(string name);
}
