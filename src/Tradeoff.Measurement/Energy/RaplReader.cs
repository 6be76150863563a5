using System.Globalization;

namespace Tradeoff.Measurement.Energy;

/// <summary>
/// Reads Intel/AMD RAPL package counters from the powercap sysfs tree (<c>/sys/class/powercap/intel-rapl:N</c>):
/// <c>energy_uj</c> in microjoules, which wraps to zero after <c>max_energy_range_uj</c>. Only top-level
/// package zones are summed (sub-zones such as core or dram are parts of a package, and <c>psys</c> covers
/// the packages, so adding them would count energy twice). The counters cover the whole package, other
/// processes included. One wrap between two reads is assumed, which holds for reads seconds apart.
/// </summary>
internal sealed class RaplReader : IEnergyMeter
{
    private readonly string[] _counters;
    private readonly long[] _ranges;

    private RaplReader(string[] counters, long[] ranges, string description)
    {
        _counters = counters;
        _ranges = ranges;
        Description = description;
    }

    public string Description { get; }

    /// <summary>A reader over the package zones under <paramref name="root"/>, or null with the reason when none can be read.</summary>
    public static RaplReader? TryOpen(string root, out string? reason)
    {
        reason = null;
        if (!Directory.Exists(root))
        {
            reason = $"{root} does not exist";
            return null;
        }

        var counters = new List<string>();
        var ranges = new List<long>();
        var names = new List<string>();
        foreach (var zone in Directory.GetDirectories(root, "intel-rapl:*").Order(StringComparer.Ordinal))
        {
            var leaf = Path.GetFileName(zone);
            if (leaf.Count(c => c == ':') != 1)
            {
                continue;
            }

            var nameFile = Path.Combine(zone, "name");
            var name = File.Exists(nameFile) ? File.ReadAllText(nameFile).Trim() : leaf;
            if (name.StartsWith("psys", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                var counter = Path.Combine(zone, "energy_uj");
                _ = ReadLong(counter);
                counters.Add(counter);
                ranges.Add(ReadLong(Path.Combine(zone, "max_energy_range_uj")));
                names.Add(name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                reason = $"{zone}: {e.Message}";
                return null;
            }
        }

        if (counters.Count == 0)
        {
            reason = $"no RAPL package zone under {root}";
            return null;
        }

        return new RaplReader([.. counters], [.. ranges], "RAPL " + string.Join(", ", names));
    }

    public long[] Read()
    {
        var values = new long[_counters.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadLong(_counters[i]);
        }

        return values;
    }

    public double JoulesBetween(long[] before, long[] after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        long microjoules = 0;
        for (var i = 0; i < before.Length; i++)
        {
            var delta = after[i] - before[i];
            // The counter restarted from zero after reaching its range.
            microjoules += delta >= 0 ? delta : delta + _ranges[i];
        }

        return microjoules / 1e6;
    }

    private static long ReadLong(string path) => long.Parse(File.ReadAllText(path).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
}
