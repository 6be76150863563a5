using Microsoft.Data.Sqlite;
using Tradeoff.Core;

namespace Tradeoff.Store;

/// <summary>A store file whose pages are damaged: one line that names it and says where to keep runs instead.</summary>
internal static class StoreDamage
{
    private const int Corrupt = 11;
    private const int NotADatabase = 26;

    /// <summary>Whether <paramref name="error"/> says the file is damaged or not a database at all.</summary>
    public static bool Is(SqliteException error) => error.SqliteErrorCode is Corrupt or NotADatabase;

    /// <summary>The error to show for a damaged store at <paramref name="location"/>.</summary>
    public static InputException Error(string location, string problem, Exception? inner = null)
    {
        var message = $"{location}: the store is damaged ({problem.Split('\n')[0].Trim()}); keep runs elsewhere with --store PATH, and move this file aside or restore it from a copy.";
        return inner is null ? new InputException(message) : new InputException(message, inner);
    }
}
