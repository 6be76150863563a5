using System.Diagnostics;
using System.Globalization;

namespace Tradeoff.Benchmarks;

/// <summary>
/// The peer for CSV loading: numpy.loadtxt into float32 in a python3 child, timed, with its peak RSS from VmHWM
/// (not ru_maxrss, which Linux carries over from this parent process across fork and exec).
/// </summary>
internal static class NumpyPeer
{
    private const string Script =
        "import sys, time, numpy\n" +
        "t = time.perf_counter()\n" +
        "c = time.process_time()\n" +
        "a = numpy.loadtxt(sys.argv[1], delimiter=',', skiprows=1, dtype=numpy.float32)\n" +
        "s = time.perf_counter() - t\n" +
        "c = time.process_time() - c\n" +
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]\n" +
        "print(a.shape[0], s, int(hwm) * 1024, numpy.__version__, c)\n";

    public static void Run(string path, long fileBytes, long numberBytes)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(path);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            var error = process.StandardError.ReadToEnd().Trim();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.WriteLine($"peer      none: python3 with numpy failed ({error.Split('\n')[^1]})");
                return;
            }

            var parts = output.Split(' ');
            var seconds = double.Parse(parts[1], CultureInfo.InvariantCulture);
            var peak = long.Parse(parts[2], CultureInfo.InvariantCulture);
            var cpu = double.Parse(parts[4], CultureInfo.InvariantCulture);
            Console.WriteLine(FormattableString.Invariant(
                $"peer      numpy {parts[3]} loadtxt(float32): {seconds:F2} s wall, {fileBytes / 1e6 / seconds:F1} MB/s; {cpu:F2} s CPU, {fileBytes / 1e6 / cpu:F1} MB per CPU-second; rows {parts[0]}, peak working set (VmHWM of the whole python process) {peak / 1e6:F1} MB = {(double)peak / numberBytes:F2} x numbers"));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.WriteLine($"peer      none: /usr/bin/python3 not runnable ({e.Message})");
        }
    }
}
