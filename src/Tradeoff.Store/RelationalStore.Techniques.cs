using System.Data.Common;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Store;

/// <summary>Technique results: one row per technique instance, one per measured quality, one samples blob per measurement.</summary>
internal abstract partial class RelationalStore
{
    public void SaveTechnique(string runId, TechniqueResult result)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(result);
        InTransaction(transaction =>
        {
            var seq = RequireRun(transaction, runId);
            var position = PositionOf(transaction, seq, result.Name);
            using (var delete = Command(transaction, "DELETE FROM techniques WHERE run_seq = @seq AND name = @name", ("@seq", seq), ("@name", result.Name)))
            {
                delete.ExecuteNonQuery();
            }

            // Timings of work that is not one stored quality (a probe that measures several) keep their own map.
            var otherSeconds = result.MeasurementSeconds.Where(p => !result.Qualities.ContainsKey(p.Key)).ToDictionary();
            long technique;
            using (var insert = Command(
                transaction,
                """
                INSERT INTO techniques (run_seq, position, name, technique_id, settings, capabilities, status, message, other_seconds, tuning,
                    measured_run, measured_at, environment)
                VALUES (@seq, @position, @name, @techniqueId, @settings, @capabilities, @status, @message, @otherSeconds, @tuning,
                    @measuredRun, @measuredAt, @environment)
                RETURNING id
                """,
                ("@seq", seq),
                ("@position", position),
                ("@name", result.Name),
                ("@techniqueId", result.TechniqueId),
                ("@settings", StoreJson.Write(result.Settings)),
                ("@capabilities", StoreJson.Write(result.Capabilities)),
                ("@status", StoreJson.Name(result.Status)),
                ("@message", result.Message),
                ("@otherSeconds", otherSeconds.Count == 0 ? null : StoreJson.Write(otherSeconds)),
                ("@tuning", result.Tuning is null ? null : StoreJson.Write(result.Tuning)),
                ("@measuredRun", result.MeasuredIn?.RunId),
                ("@measuredAt", result.MeasuredIn is { } measured ? StoreJson.Time(measured.At) : null),
                ("@environment", result.MeasuredIn?.EnvironmentFingerprint)))
            {
                technique = (long)insert.ExecuteScalar()!;
            }

            var index = 0;
            foreach (var (quality, value) in result.Qualities)
            {
                double? seconds = result.MeasurementSeconds.TryGetValue(quality, out var s) ? s : null;
                SaveMeasurement(transaction, technique, index++, quality, value, seconds);
            }
        });
    }

    private long PositionOf(DbTransaction transaction, long seq, string name)
    {
        using var command = Command(
            transaction,
            "SELECT COALESCE((SELECT position FROM techniques WHERE run_seq = @seq AND name = @name), (SELECT COALESCE(MAX(position), 0) + 1 FROM techniques WHERE run_seq = @seq))",
            ("@seq", seq),
            ("@name", name));
        return (long)command.ExecuteScalar()!;
    }

    private void SaveMeasurement(DbTransaction transaction, long technique, int position, string quality, QualityValue value, double? seconds)
    {
        long measurement;
        using (var insert = Command(
            transaction,
            """
            INSERT INTO measurements (technique, position, quality, value, unit, direction, std, lower, upper, sample_count,
                protocol, estimated, not_available, note, details, seconds)
            VALUES (@technique, @position, @quality, @value, @unit, @direction, @std, @lower, @upper, @sampleCount,
                @protocol, @estimated, @notAvailable, @note, @details, @seconds)
            RETURNING id
            """,
            ("@technique", technique),
            ("@position", position),
            ("@quality", quality),
            ("@value", Real(value.Value)),
            ("@unit", value.Unit),
            ("@direction", StoreJson.Name(value.Direction)),
            ("@std", Real(value.Std)),
            ("@lower", Real(value.Lower)),
            ("@upper", Real(value.Upper)),
            ("@sampleCount", value.SampleCount),
            ("@protocol", value.Protocol),
            ("@estimated", value.Estimated ? 1 : 0),
            ("@notAvailable", value.NotAvailable),
            ("@note", value.Note),
            ("@details", value.Details is null ? null : StoreJson.Write(value.Details)),
            ("@seconds", Real(seconds))))
        {
            measurement = (long)insert.ExecuteScalar()!;
        }

        if (value.Samples is not null)
        {
            using var samples = Command(
                transaction,
                "INSERT INTO samples (measurement, data) VALUES (@measurement, @data)",
                ("@measurement", measurement),
                ("@data", SampleBlob.Encode(value.Samples)));
            samples.ExecuteNonQuery();
        }
    }

    private List<TechniqueResult> LoadTechniques(DbTransaction transaction, long seq)
    {
        var rows = new List<(long Id, TechniqueResult Result, string? OtherSeconds)>();
        using (var command = Command(
            transaction,
            """
            SELECT id, name, technique_id, settings, capabilities, status, message, other_seconds, tuning, measured_run, measured_at, environment
            FROM techniques WHERE run_seq = @seq ORDER BY position
            """,
            ("@seq", seq)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), new TechniqueResult
                {
                    Name = reader.GetString(1),
                    TechniqueId = reader.GetString(2),
                    Settings = StoreJson.Read<Dictionary<string, string>>(reader.GetString(3)),
                    Capabilities = StoreJson.Read<List<string>>(reader.GetString(4)),
                    Status = StoreJson.Parse<TechniqueStatus>(reader.GetString(5)),
                    Message = ReadText(reader, 6),
                    Tuning = ReadText(reader, 8) is { } tuning ? StoreJson.Read<TuningResult>(tuning) : null,
                    MeasuredIn = ReadMeasuredIn(reader, 9),
                }, ReadText(reader, 7)));
            }
        }

        return rows.ConvertAll(row =>
        {
            var seconds = row.OtherSeconds is null ? [] : StoreJson.Read<Dictionary<string, double>>(row.OtherSeconds);
            var qualities = LoadMeasurements(transaction, row.Id, seconds);
            return row.Result with { Qualities = qualities, MeasurementSeconds = seconds };
        });
    }

    // Rows stored before provenance was recorded have no environment fingerprint, hence no provenance.
    private static MeasuredIn? ReadMeasuredIn(DbDataReader reader, int column) =>
        ReadText(reader, column + 2) is { } fingerprint
            ? new MeasuredIn
            {
                RunId = ReadText(reader, column),
                At = ReadText(reader, column + 1) is { } at ? StoreJson.Time(at) : default,
                EnvironmentFingerprint = fingerprint,
            }
            : null;

    private Dictionary<string, QualityValue> LoadMeasurements(DbTransaction transaction, long technique, Dictionary<string, double> seconds)
    {
        using var command = Command(
            transaction,
            """
            SELECT m.quality, m.value, m.unit, m.direction, m.std, m.lower, m.upper, m.sample_count, m.protocol, m.estimated,
                m.not_available, m.note, m.details, m.seconds, s.data
            FROM measurements m LEFT JOIN samples s ON s.measurement = m.id
            WHERE m.technique = @technique ORDER BY m.position
            """,
            ("@technique", technique));
        using var reader = command.ExecuteReader();
        var qualities = new Dictionary<string, QualityValue>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var quality = reader.GetString(0);
            qualities[quality] = new QualityValue
            {
                Value = ReadReal(reader, 1) ?? double.NaN,
                Unit = reader.GetString(2),
                Direction = StoreJson.Parse<Direction>(reader.GetString(3)),
                Std = ReadReal(reader, 4),
                Lower = ReadReal(reader, 5),
                Upper = ReadReal(reader, 6),
                SampleCount = reader.IsDBNull(7) ? null : reader.GetInt32(7),
                Protocol = ReadText(reader, 8),
                Estimated = reader.GetInt64(9) != 0,
                NotAvailable = ReadText(reader, 10),
                Note = ReadText(reader, 11),
                Details = ReadText(reader, 12) is string details ? StoreJson.Read<Dictionary<string, double>>(details) : null,
                Samples = reader.IsDBNull(14) ? null : SampleBlob.Decode(reader.GetFieldValue<byte[]>(14)),
            };
            if (ReadReal(reader, 13) is double s)
            {
                seconds[quality] = s;
            }
        }

        return qualities;
    }
}
