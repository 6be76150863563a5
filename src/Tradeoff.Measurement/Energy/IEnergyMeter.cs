namespace Tradeoff.Measurement.Energy;

/// <summary>A hardware energy counter: a snapshot now, and the joules between two snapshots.</summary>
internal interface IEnergyMeter
{
    /// <summary>What is measured, for the protocol line (<c>RAPL package-0, package-1</c>).</summary>
    string Description { get; }

    /// <summary>The raw counters now.</summary>
    long[] Read();

    /// <summary>Joules consumed between <paramref name="before"/> and <paramref name="after"/>.</summary>
    double JoulesBetween(long[] before, long[] after);
}
