using Hangfire.Logging;

namespace Tradeoff.Distributed;

/// <summary>
/// Hangfire's warnings and errors as one line each on the error output: a worker that loses the store says so (Hangfire
/// retries its processes with a growing pause and logs each retry), where Hangfire alone would stay silent.
/// </summary>
internal sealed class ErrorLogProvider(TextWriter error) : ILogProvider
{
    public ILog GetLogger(string name) => new ErrorLog(error);

    private sealed class ErrorLog(TextWriter error) : ILog
    {
        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (logLevel < LogLevel.Warn)
            {
                return false;
            }

            // Hangfire asks with a null message whether a level is on.
            if (messageFunc is null)
            {
                return true;
            }

            var cause = exception is null ? "" : ": " + exception.Message.Split('\n')[0].Trim();
            error.WriteLine($"worker: {messageFunc()}{cause}");
            return true;
        }
    }
}
