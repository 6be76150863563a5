using System.Diagnostics;

namespace Tradeoff.Cli.Tests.Faults;

/// <summary>
/// A small tmpfs mounted for one test: a full disk (<c>size=64k</c>) or a read-only folder (<c>ro</c>) that even root
/// cannot write, which file permissions alone would not give (the tests run as root in CI). Mounting needs root, as
/// scripts/setup.sh does; unmounted on dispose.
/// </summary>
internal sealed class TinyDisk : IDisposable
{
    private TinyDisk(string path) => Path = path;

    public string Path { get; }

    public static TinyDisk Mount(string options)
    {
        var path = Directory.CreateTempSubdirectory("tradeoff-tmpfs-").FullName;
        Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", path);
        return new TinyDisk(path);
    }

    public void Dispose()
    {
        Run("umount", Path);
        Directory.Delete(Path);
    }

    private static void Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Trim()} (the fault tests mount a tmpfs and need root)");
        }
    }
}
