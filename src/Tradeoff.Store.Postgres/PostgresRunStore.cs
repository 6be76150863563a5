namespace Tradeoff.Store.Postgres;

/// <summary>
/// The team store on a PostgreSQL server: <c>--store postgres://USER@HOST[:PORT]/DATABASE</c> (or <c>postgresql://</c>).
/// The program that wants it calls <see cref="Register"/> once; then <see cref="RunStores.Open"/> opens such locations.
/// </summary>
public static class PostgresRunStore
{
    /// <summary>The schemes of a PostgreSQL store location.</summary>
    public static IReadOnlyList<string> Schemes { get; } = ["postgres", "postgresql"];

    /// <summary>Makes <see cref="RunStores"/> open PostgreSQL locations.</summary>
    public static void Register()
    {
        foreach (var scheme in Schemes)
        {
            RunStores.Register(scheme, (place, clock, mustExist) => Open(scheme + "://" + place, clock, mustExist));
        }
    }

    /// <summary>
    /// Opens the store at <paramref name="location"/>: connects, and creates the store's schema in the database (or
    /// brings an older one up to date) unless <paramref name="mustExist"/>. The database itself must exist.
    /// </summary>
    /// <param name="location"><c>postgres://USER@HOST[:PORT]/DATABASE</c>, without a password.</param>
    /// <param name="clock">The clock that stamps finish times and heartbeats; the system clock by default.</param>
    /// <param name="mustExist">Refuse a database that holds no store yet (the commands that only read).</param>
    /// <exception cref="Core.InputException">The location is malformed or holds a password, the server cannot be reached or refuses the login, or the store is missing, newer or damaged.</exception>
    public static IRunStore Open(string location, TimeProvider? clock = null, bool mustExist = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return PostgresStore.Open(Settings(location), location, clock ?? TimeProvider.System, mustExist);
    }

    /// <summary>True when <paramref name="location"/> names a PostgreSQL store.</summary>
    public static bool Names(string? location) =>
        location is not null && Schemes.Any(scheme => location.StartsWith(scheme + "://", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The Npgsql connection string of the database at <paramref name="location"/>, for what shares the store's
    /// database (the workers' job engine); like the store, it holds no password (Npgsql reads PGPASSWORD or pgpass).
    /// </summary>
    /// <exception cref="Core.InputException">The location is malformed or holds a password.</exception>
    public static string ConnectionString(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return Settings(location).ConnectionString;
    }

    private static Npgsql.NpgsqlConnectionStringBuilder Settings(string location)
    {
        var place = Schemes.Select(scheme => scheme + "://").FirstOrDefault(prefix => location.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) is { } prefix
            ? location[prefix.Length..]
            : throw new Core.InputException($"{location}: not a PostgreSQL store location; give postgres://USER@HOST[:PORT]/DATABASE.");
        return PostgresLocation.Parse(place, location);
    }
}
