using System.Globalization;
using Tradeoff.Measurement.Energy;

namespace Tradeoff.Measurement.Tests.Energy;

public sealed class RaplReaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tradeoff-rapl-" + Guid.NewGuid().ToString("N"));

    public RaplReaderTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void The_energy_is_the_counter_difference_in_joules()
    {
        Zone("intel-rapl:0", "package-0", energy: 1_000_000, range: 10_000_000);
        var reader = RaplReader.TryOpen(_root, out _)!;
        var before = reader.Read();

        SetEnergy("intel-rapl:0", 3_500_000);

        Assert.Equal(2.5, reader.JoulesBetween(before, reader.Read()), 12);
    }

    [Fact]
    public void A_counter_that_wrapped_past_its_range_is_corrected()
    {
        // Given a counter at 9.5 J of a 10 J range that wraps to 0.5 J
        Zone("intel-rapl:0", "package-0", energy: 9_500_000, range: 10_000_000);
        var reader = RaplReader.TryOpen(_root, out _)!;
        var before = reader.Read();

        SetEnergy("intel-rapl:0", 500_000);

        // Then the energy is 0.5 J to the wrap plus 0.5 J after it
        Assert.Equal(1.0, reader.JoulesBetween(before, reader.Read()), 12);
    }

    [Fact]
    public void Packages_are_summed_and_sub_zones_and_psys_are_not_counted_twice()
    {
        Zone("intel-rapl:0", "package-0", energy: 0, range: 10_000_000);
        Zone("intel-rapl:1", "package-1", energy: 0, range: 10_000_000);
        Zone("intel-rapl:0:0", "core", energy: 0, range: 10_000_000);
        Zone("intel-rapl:2", "psys", energy: 0, range: 10_000_000);
        var reader = RaplReader.TryOpen(_root, out _)!;
        var before = reader.Read();

        foreach (var zone in new[] { "intel-rapl:0", "intel-rapl:1", "intel-rapl:0:0", "intel-rapl:2" })
        {
            SetEnergy(zone, 1_000_000);
        }

        Assert.Equal(2.0, reader.JoulesBetween(before, reader.Read()), 12);
        Assert.Equal("RAPL package-0, package-1", reader.Description);
    }

    [Fact]
    public void No_reader_and_a_reason_When_there_is_no_zone()
    {
        Assert.Null(RaplReader.TryOpen(_root, out var reason));
        Assert.Contains("no RAPL package zone", reason, StringComparison.Ordinal);
        Assert.Null(RaplReader.TryOpen(Path.Combine(_root, "absent"), out var missing));
        Assert.Contains("does not exist", missing, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Zone(string zone, string name, long energy, long range)
    {
        var dir = Path.Combine(_root, zone);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "name"), name + "\n");
        File.WriteAllText(Path.Combine(dir, "max_energy_range_uj"), range.ToString(CultureInfo.InvariantCulture) + "\n");
        SetEnergy(zone, energy);
    }

    private void SetEnergy(string zone, long energy) =>
        File.WriteAllText(Path.Combine(_root, zone, "energy_uj"), energy.ToString(CultureInfo.InvariantCulture) + "\n");
}
