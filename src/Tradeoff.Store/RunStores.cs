using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Tradeoff.Core;

namespace Tradeoff.Store;

/// <summary>
/// Opens the store a location names (<c>--store</c>): a file path or <c>sqlite:PATH</c> is the embedded SQLite store;
/// a kind of store that lives in its own assembly (PostgreSQL: <c>postgres://...</c>) is added with <see cref="Register"/>
/// by the program that composes it, so this assembly needs no database driver but SQLite's. A location with a scheme
/// nobody registered names a store kind this build does not have.
/// </summary>
public static partial class RunStores
{
    /// <summary>The scheme of a plain file path.</summary>
    public const string DefaultScheme = "sqlite";

    // Each kind of store by its scheme: how to open the place the rest of the location names. Registration may happen
    // while another thread opens a store (tests run the command line in parallel), hence a concurrent map.
    private static readonly ConcurrentDictionary<string, StoreOpener> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [DefaultScheme] = OpenSqlite,
    };

    /// <summary>Opens the store at <paramref name="place"/> (the location without its scheme and <c>//</c>).</summary>
    /// <param name="place">Where the store is, as the location names it after <c>scheme:</c> or <c>scheme://</c>.</param>
    /// <param name="clock">The clock that stamps finish times and heartbeats.</param>
    /// <param name="mustExist">Refuse a store that is not there yet, and create nothing.</param>
    public delegate IRunStore StoreOpener(string place, TimeProvider clock, bool mustExist);

    /// <summary>Adds (or replaces) the kind of store that locations starting with <paramref name="scheme"/><c>:</c> name.</summary>
    public static void Register(string scheme, StoreOpener open)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scheme);
        ArgumentNullException.ThrowIfNull(open);
        Kinds[scheme] = open;
    }

    /// <summary>
    /// Opens the store at <paramref name="location"/>, creating it when missing unless <paramref name="mustExist"/>.
    /// </summary>
    /// <param name="location">A file path, or <c>scheme:place</c>.</param>
    /// <param name="clock">The clock that stamps finish times and heartbeats; the system clock by default.</param>
    /// <param name="mustExist">Refuse a store that is not there yet (the commands that only read).</param>
    /// <exception cref="InputException">The scheme is not supported, the store is missing (with <paramref name="mustExist"/>), or it cannot be opened.</exception>
    public static IRunStore Open(string location, TimeProvider? clock = null, bool mustExist = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        var (scheme, place) = Split(location);
        if (!Kinds.TryGetValue(scheme, out var open))
        {
            throw new InputException($"{location}: '{scheme}' stores are not supported yet; give --store a file path (or sqlite:PATH).");
        }

        return open(place, clock ?? TimeProvider.System, mustExist);
    }

    private static IRunStore OpenSqlite(string path, TimeProvider clock, bool mustExist) =>
        mustExist && !File.Exists(path)
            ? throw new InputException($"{path}: no run store here; run a study first, or give --store PATH.")
            : SqliteRunStore.Open(path, clock);

    /// <summary>The scheme and the place of <paramref name="location"/>; a plain path is <see cref="DefaultScheme"/>.</summary>
    public static (string Scheme, string Place) Split(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var match = SchemePattern().Match(location);
        if (!match.Success)
        {
            return (DefaultScheme, location);
        }

        var scheme = match.Groups["scheme"].Value;
        var place = location[match.Length..];
        // A file name with a colon in it stays a path: only a known scheme or a URL (scheme://) is read as a store kind.
        if (Kinds.ContainsKey(scheme))
        {
            return (scheme, place.StartsWith("//", StringComparison.Ordinal) ? place[2..] : place);
        }

        return place.StartsWith("//", StringComparison.Ordinal) ? (scheme, place) : (DefaultScheme, location);
    }

    [GeneratedRegex("^(?<scheme>[A-Za-z][A-Za-z0-9+.-]+):")]
    private static partial Regex SchemePattern();
}
