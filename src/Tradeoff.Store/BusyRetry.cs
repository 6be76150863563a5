using Microsoft.Data.Sqlite;

namespace Tradeoff.Store;

/// <summary>
/// Runs a whole transaction again when SQLite reports the store busy or locked. The busy timeout already
/// waits for a lock; this covers what it cannot: a lock held longer than the timeout by another run, or a
/// conflict SQLite resolves by failing at once instead of waiting.
/// </summary>
internal static class BusyRetry
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    internal const int Attempts = 8;

    public static T Run<T>(Func<T> action) => Run(action, Thread.Sleep);

    /// <summary>Runs <paramref name="action"/>, waiting with <paramref name="sleep"/> (milliseconds) between attempts.</summary>
    public static T Run<T>(Func<T> action, Action<int> sleep)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return action();
            }
            catch (SqliteException e) when (IsBusy(e) && attempt < Attempts)
            {
                // Back off a little longer each time, with jitter, so two runs do not retry in lockstep.
                sleep((20 * attempt) + Random.Shared.Next(20));
            }
        }
    }

    public static void Run(Action action) => Run(() =>
    {
        action();
        return true;
    });

    private static bool IsBusy(SqliteException e) => e.SqliteErrorCode is SqliteBusy or SqliteLocked;
}
