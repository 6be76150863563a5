using System.Runtime.InteropServices;

namespace Tradeoff.Core;

/// <summary>
/// Settles how native libraries (libtorch, LightGBM) spin their OpenMP threads, before their first call: on a small
/// machine busy-waiting OpenMP workers steal the cores that timings and other fits need.
/// </summary>
public static partial class NativeThreading
{
    private static readonly Lock Gate = new();
    private static bool _configured;

    /// <summary>
    /// Sets <c>OMP_WAIT_POLICY=PASSIVE</c> in the process environment through libc, once, unless the user set it.
    /// Call it before the first call into a native library that uses OpenMP; later calls do nothing. Thread-safe.
    /// </summary>
    /// <remarks>
    /// <see cref="Environment.SetEnvironmentVariable(string, string)"/> changes only .NET's copy of the environment,
    /// which native code never reads, hence libc's setenv.
    /// </remarks>
    public static void Configure()
    {
        lock (Gate)
        {
            if (_configured)
            {
                return;
            }

            _configured = true;
            if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
            {
                _ = SetEnvironment("OMP_WAIT_POLICY", "PASSIVE", 0);
            }
        }
    }

    /// <summary>
    /// Sets <paramref name="name"/> to <paramref name="value"/> in the process environment through libc unless the user
    /// set it, for a native library that reads it on its first call.
    /// </summary>
    public static void Default(string name, string value)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            _ = SetEnvironment(name, value, 0);
        }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvironment(string name, string value, int overwrite);
}
