using System.Diagnostics;

namespace Tradeoff.Reporting.Tests;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c> package) started per call with a throw-away profile and everything that
/// would reach the network switched off. Missing Chromium fails the test: the browser checks are part of the suite.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public static string Executable =>
        Candidates.FirstOrDefault(File.Exists)
        ?? throw new Xunit.Sdk.XunitException("headless Chromium is not installed (needed by the HTML report tests): run scripts/setup.sh, or apt-get install -y chromium");

    /// <summary>Runs Chromium on <paramref name="url"/> with <paramref name="arguments"/>; returns its standard output and error.</summary>
    public static (string Out, string Error) Run(string url, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("tradeoff-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.FullName, "--enable-logging=stderr", "--v=0",
            }.Concat(arguments).Append(url))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException("chromium did not finish within 60 s on " + url);
            }

            return (output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>Lines the page's console produced (messages, errors, uncaught exceptions).</summary>
    public static IReadOnlyList<string> ConsoleLines(string error) =>
        error.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)).ToList();
}
