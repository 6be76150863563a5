using System.Diagnostics;

namespace Tradeoff.Cli.Tests;

/// <summary>The command line in a child process of its own, as a user starts it, for tests that kill or signal it.</summary>
internal static class ChildRun
{
    /// <summary>Starts the command line with <paramref name="args"/>, and <paramref name="environment"/> added to this process's variables.</summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tradeoff.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CI"] = "true";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs until a line of the error output satisfies <paramref name="stop"/>, then calls <paramref name="kill"/> and waits for the end; returns the exit code and the rest of the error output.</summary>
    public static async Task<(int ExitCode, string Error)> UntilAsync(IEnumerable<string> args, Func<string, bool> stop, Action<Process> kill)
    {
        using var process = Start(args);
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (stop(line))
            {
                kill(process);
                break;
            }
        }

        var rest = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, rest);
    }

    public static async Task<(int ExitCode, string Error)> ToEndAsync(IEnumerable<string> args)
    {
        using var process = Start(args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        await output;
        return (process.ExitCode, error);
    }
}
