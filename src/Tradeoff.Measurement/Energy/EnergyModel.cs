namespace Tradeoff.Measurement.Energy;

/// <summary>
/// The arithmetic that turns CPU time and energy into estimates, CO2 and cost, after CodeCarbon: without a
/// hardware counter, energy = CPU seconds x watts per busy core (CPU seconds are core-seconds, summed over threads).
/// </summary>
internal static class EnergyModel
{
    public const double JoulesPerKilowattHour = 3.6e6;

    public static double EstimateJoules(double cpuSeconds, double wattsPerCore) => cpuSeconds * wattsPerCore;

    /// <summary>Grams of CO2 for <paramref name="joules"/> at <paramref name="gramsPerKilowattHour"/>.</summary>
    public static double Co2Grams(double joules, double gramsPerKilowattHour) => joules / JoulesPerKilowattHour * gramsPerKilowattHour;

    /// <summary>The price of <paramref name="cpuSeconds"/> at <paramref name="pricePerCpuHour"/>.</summary>
    public static double Cost(double cpuSeconds, double pricePerCpuHour) => cpuSeconds / 3600 * pricePerCpuHour;
}
