using Tradeoff.Measurement.Energy;

namespace Tradeoff.Measurement.Tests.Energy;

public sealed class EnergyModelTests
{
    [Fact]
    public void The_estimate_is_cpu_seconds_times_watts_per_core() =>
        Assert.Equal(30.0, EnergyModel.EstimateJoules(cpuSeconds: 3, wattsPerCore: 10), 12);

    [Fact]
    public void Co2_is_kilowatt_hours_times_grid_intensity()
    {
        // 3.6 MJ is 1 kWh; at 475 g/kWh that is 475 g
        Assert.Equal(475.0, EnergyModel.Co2Grams(3.6e6, 475), 9);
        Assert.Equal(30 / 3.6e6 * 475, EnergyModel.Co2Grams(30, 475), 15);
    }

    [Fact]
    public void Cost_is_cpu_hours_times_the_price_per_cpu_hour() =>
        Assert.Equal(0.05 * 2, EnergyModel.Cost(cpuSeconds: 7200, pricePerCpuHour: 0.05), 12);
}
