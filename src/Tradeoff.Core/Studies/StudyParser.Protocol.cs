using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Tradeoff.Core.Studies;

/// <summary>The <c>protocol</c> section: folds, repeats, seed, latency samples and caps, warm-up, time and memory limits, qualities.</summary>
internal sealed partial class StudyParser
{
    private static readonly string[] ProtocolKeys = ["folds", "repeats", "seed", "latency-samples", "latency-cap", "latency-hard-cap", "warm-up", "time-limit", "memory-limit", "qualities", "tuning", "machine-class"];

    private ProtocolSpec ReadProtocol(YamlNode node)
    {
        var protocol = new ProtocolSpec();
        if (node is not YamlMappingNode map)
        {
            Report(node, "'protocol' must be a map such as { folds: 10, seed: 42 }");
            return protocol;
        }

        var fields = Fields(map, "protocol", ProtocolKeys);
        if (fields.TryGetValue("folds", out var folds))
        {
            protocol = folds is YamlScalarNode { Value: "loo" }
                ? protocol with { LeaveOneOut = true }
                : protocol with { Folds = Integer(folds, "protocol.folds", 2) ?? protocol.Folds };
        }

        if (fields.TryGetValue("repeats", out var repeats))
        {
            protocol = protocol with { Repeats = Integer(repeats, "protocol.repeats", 1) ?? protocol.Repeats };
        }

        if (fields.TryGetValue("seed", out var seed))
        {
            protocol = protocol with { Seed = Integer(seed, "protocol.seed", int.MinValue) ?? protocol.Seed };
        }

        if (fields.TryGetValue("latency-samples", out var samples))
        {
            protocol = protocol with { LatencySamples = Integer(samples, "protocol.latency-samples", 1) ?? protocol.LatencySamples };
        }

        if (fields.TryGetValue("latency-cap", out var cap))
        {
            protocol = protocol with { LatencyTimeCap = ReadDuration(cap, "protocol.latency-cap") ?? protocol.LatencyTimeCap };
        }

        if (fields.TryGetValue("latency-hard-cap", out var hardCap))
        {
            protocol = protocol with { LatencyHardCap = ReadDuration(hardCap, "protocol.latency-hard-cap") ?? protocol.LatencyHardCap };
        }

        if (fields.TryGetValue("warm-up", out var warmUp))
        {
            protocol = protocol with { WarmUp = ReadWarmUp(warmUp) };
        }

        if (protocol.LatencyHardCap < protocol.LatencyTimeCap && fields.TryGetValue("latency-hard-cap", out var tooShort))
        {
            Report(tooShort, "'protocol.latency-hard-cap' must be at least 'protocol.latency-cap' (" + Seconds(protocol.LatencyTimeCap) + ")");
        }

        if (fields.TryGetValue("time-limit", out var limit))
        {
            protocol = protocol with { TimeLimit = ReadDuration(limit, "protocol.time-limit") };
        }

        if (fields.TryGetValue("memory-limit", out var memory))
        {
            protocol = protocol with { MemoryLimitBytes = ReadMemoryLimit(memory) };
        }

        if (fields.TryGetValue("qualities", out var qualities))
        {
            protocol = protocol with { Qualities = ReadQualityList(qualities, "protocol.qualities", allowGroups: true) };
        }

        if (fields.TryGetValue("machine-class", out var machineClass) && NonEmptyText(machineClass, "protocol.machine-class") is { } name)
        {
            if (MachineClass.IsValid(name))
            {
                protocol = protocol with { MachineClass = name };
            }
            else
            {
                Report(machineClass, $"'protocol.machine-class' must be a kebab-case name such as {MachineClass.Example} (at most {MachineClass.MaxLength} characters); found '{name}'");
            }
        }

        if (fields.TryGetValue("tuning", out var tuning))
        {
            protocol = protocol with { Tuning = ReadTuning(tuning) };
        }

        return protocol;
    }

    private TimeSpan? ReadDuration(YamlNode node, string what)
    {
        if (NonEmptyText(node, what) is not { } text)
        {
            return null;
        }

        if (Durations.TryParse(text, out var duration))
        {
            return duration;
        }

        Report(node, $"'{what}' must be a positive duration such as {Durations.Examples}; found '{text}'");
        return null;
    }

    private WarmUpSpec ReadWarmUp(YamlNode node)
    {
        const string where = "protocol.warm-up";
        var warmUp = new WarmUpSpec();
        if (node is not YamlMappingNode map)
        {
            Report(node, $"'{where}' must be a map such as {{ min: 300ms, max: 5s }}");
            return warmUp;
        }

        var fields = Fields(map, where, ["min", "max"]);
        if (fields.TryGetValue("min", out var min))
        {
            warmUp = warmUp with { Minimum = ReadDuration(min, where + ".min") ?? warmUp.Minimum };
        }

        if (fields.TryGetValue("max", out var max))
        {
            warmUp = warmUp with { Maximum = ReadDuration(max, where + ".max") ?? warmUp.Maximum };
        }

        if (warmUp.Maximum < warmUp.Minimum)
        {
            Report(fields.GetValueOrDefault("max") ?? node, $"'{where}.max' ({Seconds(warmUp.Maximum)}) must be at least '{where}.min' ({Seconds(warmUp.Minimum)})");
        }

        return warmUp;
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private long? ReadMemoryLimit(YamlNode node, string what = "protocol.memory-limit")
    {
        if (NonEmptyText(node, what) is not { } text)
        {
            return null;
        }

        if (SizePattern().Match(text) is { Success: true } match)
        {
            // Powers of 1000, as the constraint units (MB, GB) are, so that a limit and a constraint read alike.
            var amount = double.Parse(match.Groups["amount"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            var bytes = amount * match.Groups["unit"].Value.ToUpperInvariant() switch
            {
                "B" => 1.0,
                "KB" => 1e3,
                "MB" => 1e6,
                _ => 1e9,
            };
            if (bytes >= 1 && bytes < long.MaxValue)
            {
                return (long)Math.Round(bytes);
            }
        }

        Report(node, $"'{what}' must be a positive size such as 500MB or 2GB (units B, KB, MB, GB); found '{text}'");
        return null;
    }

    [GeneratedRegex(@"^(?<amount>[0-9]+(\.[0-9]+)?)\s*(?<unit>B|KB|MB|GB)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SizePattern();
}
