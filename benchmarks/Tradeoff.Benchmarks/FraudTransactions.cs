using System.Globalization;
using System.Text;

namespace Tradeoff.Benchmarks;

/// <summary>
/// The card-transaction generator behind examples/fraud-detection: one seeded stream of rows, so the first N
/// rows of a larger file equal the file of N rows made with the same seed. Each row draws its label first
/// (fraud with probability <see cref="FraudRate"/>), then every feature from the label's distribution; the
/// features are independent given the label, which keeps the generator explainable in its README.
/// </summary>
internal sealed class FraudTransactions
{
    /// <summary>Share of fraudulent transactions (published card-fraud sets sit between 0.1% and 1%).</summary>
    public const double FraudRate = 0.005;

    private static readonly string[] Categories =
    [
        "grocery", "restaurant", "fuel", "retail", "online-retail", "travel",
        "electronics", "jewelry", "gaming", "pharmacy", "utilities", "cash-withdrawal",
    ];

    // Legitimate spending follows everyday life; fraud concentrates where goods resell easily or money moves
    // fast (online retail, electronics, jewelry, gaming, cash), as in the card-fraud literature.
    private static readonly double[] LegitWeights = [22, 16, 10, 14, 12, 3, 4, 1, 2, 7, 6, 3];
    private static readonly double[] FraudWeights = [2, 2, 2, 4, 26, 6, 22, 14, 12, 1, 1, 8];

    private readonly Random _random;

    public FraudTransactions(int seed) => _random = new Random(seed);

    /// <summary>The CSV header, the label last.</summary>
    public static string Header => "amount,merchant_category,hour,card_present,distance_km,transactions_24h,foreign,fraud";

    /// <summary>Draws the next transaction as one CSV line.</summary>
    public string NextRow()
    {
        var fraud = _random.NextDouble() < FraudRate;

        // Log-normal amounts: median 35 for legitimate purchases with a long right tail; fraud median 120,
        // wider, so large amounts are suspicious but small test charges still occur.
        var amount = Math.Exp(fraud ? Normal(Math.Log(120), 1.3) : Normal(Math.Log(35), 1.0));
        var category = Categories[Pick(fraud ? FraudWeights : LegitWeights)];

        // Legitimate activity peaks in the afternoon; 40% of fraud happens between midnight and 6 am.
        var hour = fraud && _random.NextDouble() < 0.4
            ? _random.Next(0, 6)
            : ((int)Math.Round(Normal(14, 4.5)) % 24 + 24) % 24;
        var cardPresent = _random.NextDouble() < (fraud ? 0.25 : 0.7);
        var distance = Exponential(fraud ? 120 : 12);
        var recent = Poisson(fraud ? 6 : 2.5);
        var foreign = _random.NextDouble() < (fraud ? 0.2 : 0.03);

        var line = new StringBuilder(64);
        line.Append(CultureInfo.InvariantCulture, $"{amount:F2},{category},{hour},{YesNo(cardPresent)},");
        line.Append(CultureInfo.InvariantCulture, $"{distance:F1},{recent},{YesNo(foreign)},{YesNo(fraud)}");
        return line.ToString();
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    // Box-Muller by hand: System.Random has no normal draw and MathNet's would hide the seed's single stream.
    private double Normal(double mean, double sd)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private double Exponential(double mean) => -mean * Math.Log(1.0 - _random.NextDouble());

    // Knuth's product method: exact and fast for the small means used here.
    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        var product = _random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= _random.NextDouble();
        }

        return count;
    }

    private int Pick(double[] weights)
    {
        var target = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
