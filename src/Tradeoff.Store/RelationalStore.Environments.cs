using System.Data.Common;
using Tradeoff.Core.Results;

namespace Tradeoff.Store;

/// <summary>The environments a run measured in, one row per fingerprint.</summary>
internal abstract partial class RelationalStore
{
    private void AddEnvironment(DbTransaction transaction, long seq, EnvironmentInfo environment)
    {
        using var command = Command(
            transaction,
            "INSERT INTO run_environments (run_seq, fingerprint, environment) VALUES (@seq, @fingerprint, @environment) ON CONFLICT DO NOTHING",
            ("@seq", seq),
            ("@fingerprint", environment.Fingerprint),
            ("@environment", StoreJson.Write(environment)));
        command.ExecuteNonQuery();
    }

    private Dictionary<string, EnvironmentInfo> LoadEnvironments(DbTransaction transaction, long seq)
    {
        using var command = Command(transaction, "SELECT fingerprint, environment FROM run_environments WHERE run_seq = @seq", ("@seq", seq));
        using var reader = command.ExecuteReader();
        var environments = new Dictionary<string, EnvironmentInfo>(StringComparer.Ordinal);
        while (reader.Read())
        {
            environments[reader.GetString(0)] = StoreJson.Read<EnvironmentInfo>(reader.GetString(1));
        }

        return environments;
    }
}
