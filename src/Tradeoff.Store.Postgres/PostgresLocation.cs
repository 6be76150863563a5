using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using Tradeoff.Core;

namespace Tradeoff.Store.Postgres;

/// <summary>
/// A store location <c>postgres://[user@]host[:port]/database[?sslmode=MODE]</c> (or <c>postgresql://</c>) made into
/// Npgsql's connection settings. Npgsql reads key=value connection strings, not URIs, so the URI is taken apart here;
/// the host may be a Unix socket folder, percent-encoded as libpq takes it (<c>%2Fvar%2Frun%2Fpostgresql</c>). The
/// password never comes from the location (it would show in the process list and the shell's history): Npgsql takes it
/// from PGPASSWORD or the pgpass file (PGPASSFILE, ~/.pgpass); the user from the URI, else PGUSER, else the login name.
/// </summary>
internal static partial class PostgresLocation
{
    private const int DefaultPort = 5432;

    /// <summary>The connection settings for <paramref name="place"/>, the location after <c>postgres://</c>.</summary>
    /// <param name="place">The location without its scheme.</param>
    /// <param name="location">The whole location, for messages.</param>
    /// <exception cref="InputException">The location is not of that form, or it holds a password.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string place, string location)
    {
        var match = Pattern().Match(place);
        if (!match.Success)
        {
            throw new InputException($"{location}: not a PostgreSQL store location; give postgres://USER@HOST[:PORT]/DATABASE.");
        }

        if (match.Groups["password"].Success)
        {
            throw new InputException(
                $"--store: the location holds a password, which would show in the process list and the shell's history; remove it and give it in PGPASSWORD or a pgpass file (~/.pgpass, or the file PGPASSFILE names).");
        }

        var host = Unescape(match.Groups["host"].Value);
        if (host.Length == 0)
        {
            host = Environment.GetEnvironmentVariable("PGHOST") ?? "";
        }

        if (host.Length == 0)
        {
            throw new InputException($"{location}: no server named; give postgres://USER@HOST[:PORT]/DATABASE (or set PGHOST).");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = host,
            Port = Port(match.Groups["port"], location),
            Database = Unescape(match.Groups["database"].Value),
            // The server's own messages are the ones to show; a run waits a little for a busy server, never for ever.
            Timeout = 15,
            ApplicationName = "tradeoff",
        };
        if (match.Groups["user"].Success && match.Groups["user"].Value.Length > 0)
        {
            builder.Username = Unescape(match.Groups["user"].Value);
        }

        if (match.Groups["query"].Success)
        {
            ApplyQuery(builder, match.Groups["query"].Value, location);
        }

        return builder;
    }

    private static int Port(Group port, string location)
    {
        if (!port.Success || port.Value.Length == 0)
        {
            return int.TryParse(Environment.GetEnvironmentVariable("PGPORT"), NumberStyles.None, CultureInfo.InvariantCulture, out var fromEnvironment)
                ? fromEnvironment
                : DefaultPort;
        }

        return int.TryParse(port.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 65536
            ? value
            : throw new InputException($"{location}: port '{port.Value}' is not a port number (1 to 65535).");
    }

    private static void ApplyQuery(NpgsqlConnectionStringBuilder builder, string query, string location)
    {
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.IndexOf('=', StringComparison.Ordinal) is var at and >= 0
                ? (pair[..at], Unescape(pair[(at + 1)..]))
                : (pair, "");
            if (key != "sslmode")
            {
                throw new InputException($"{location}: unknown parameter '{key}'; the only one a store location takes is sslmode.");
            }

            builder.SslMode = Enum.TryParse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var mode)
                ? mode
                : throw new InputException($"{location}: sslmode '{value}' is not one of disable, allow, prefer, require, verify-ca, verify-full.");
        }
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text);

    // user[:password]@host[:port]/database[?query]; the user and port are optional, the host may be empty (PGHOST).
    [GeneratedRegex("^(?:(?<user>[^@/:?]*)(?::(?<password>[^@/?]*))?@)?(?<host>[^@/:?]*)(?::(?<port>[^/?]*))?/(?<database>[^/?]+)(?:\\?(?<query>.*))?$")]
    private static partial Regex Pattern();
}
