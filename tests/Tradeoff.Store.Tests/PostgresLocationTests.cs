using Npgsql;
using Tradeoff.Core;
using Tradeoff.Store.Postgres;

namespace Tradeoff.Store.Tests;

/// <summary>A <c>postgres://</c> location made into connection settings, without a server.</summary>
public sealed class PostgresLocationTests
{
    [Fact]
    public void Should_take_the_user_host_port_and_database_When_the_location_names_them()
    {
        var settings = PostgresLocation.Parse("alice@db.example:6543/team_runs?sslmode=require", "postgres://alice@db.example:6543/team_runs?sslmode=require");

        Assert.Equal(("alice", "db.example", 6543, "team_runs", SslMode.Require), (settings.Username, settings.Host, settings.Port, settings.Database, settings.SslMode));
        Assert.Null(settings.Password);
    }

    [Fact]
    public void Should_take_a_unix_socket_folder_When_the_host_is_percent_encoded()
    {
        var settings = PostgresLocation.Parse("%2Fvar%2Frun%2Fpostgresql/runs", "postgres://%2Fvar%2Frun%2Fpostgresql/runs");

        Assert.Equal(("/var/run/postgresql", "runs"), (settings.Host, settings.Database));
        Assert.Null(settings.Username);
    }

    [Theory]
    [InlineData("postgres://alice:secret@db.example/runs", "PGPASSWORD")]
    [InlineData("postgres://alice:@db.example/runs", "pgpass")]
    [InlineData("postgres://alice@db.example", "postgres://USER@HOST[:PORT]/DATABASE")]
    [InlineData("postgres://alice@db.example:port/runs", "not a port number")]
    [InlineData("postgres://alice@db.example:70000/runs", "not a port number")]
    [InlineData("postgres://alice@db.example/runs?password=x", "unknown parameter 'password'")]
    [InlineData("postgres://alice@db.example/runs?sslmode=sometimes", "sslmode 'sometimes'")]
    public void Should_refuse_with_one_line_When_the_location_is_malformed_or_holds_a_password(string location, string expected)
    {
        var error = Assert.Throws<InputException>(() => PostgresRunStore.Open(location));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
