using System.Globalization;

namespace Tradeoff.Measurement.Probes;

/// <summary>Numbers in protocol lines, always in the invariant culture.</summary>
internal static class Invariant
{
    public static string Number(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
