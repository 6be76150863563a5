using System.Text.RegularExpressions;
using Tradeoff.Core;

namespace Tradeoff.Store;

/// <summary>
/// Opens the store a location names (<c>--store</c>): a file path or <c>sqlite:PATH</c> is the embedded SQLite store;
/// a location with another scheme (<c>postgres://...</c>) names a store kind this build does not have. A new kind of
/// store is one line in <see cref="Kinds"/>.
/// </summary>
public static partial class RunStores
{
    /// <summary>The scheme of a plain file path.</summary>
    public const string DefaultScheme = "sqlite";

    // Each kind of store by its scheme: how to open the place the rest of the location names.
    private static readonly Dictionary<string, Func<string, TimeProvider, IRunStore>> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [DefaultScheme] = SqliteRunStore.Open,
    };

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

        if (mustExist && !File.Exists(place))
        {
            throw new InputException($"{place}: no run store here; run a study first, or give --store PATH.");
        }

        return open(place, clock ?? TimeProvider.System);
    }

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
