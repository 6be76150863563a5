using System.Globalization;

namespace Tradeoff.Benchmarks;

/// <summary>
/// Writes the synthetic card transactions of examples/fraud-detection (see its README for the distributions).
/// Args: [ROWS=200000] [SEED=7] [OUTPUT=transactions-ROWS.csv].
/// </summary>
internal sealed class GenerateFraudBenchmark : IBenchmark
{
    public string Name => "generate-fraud";

    public string Description => "write synthetic card transactions (0.5% fraud) as CSV; args: [ROWS=200000] [SEED=7] [OUTPUT=transactions-ROWS.csv]";

    public int Run(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        var output = args.Length > 2 ? args[2] : string.Create(CultureInfo.InvariantCulture, $"transactions-{rows}.csv");
        if (rows <= 0)
        {
            Console.Error.WriteLine("generate-fraud: ROWS must be positive");
            return 2;
        }

        var generator = new FraudTransactions(seed);
        var frauds = 0;
        using (var writer = new StreamWriter(output))
        {
            writer.NewLine = "\n";
            writer.WriteLine(FraudTransactions.Header);
            for (var i = 0; i < rows; i++)
            {
                var row = generator.NextRow();
                frauds += row.EndsWith(",yes", StringComparison.Ordinal) ? 1 : 0;
                writer.WriteLine(row);
            }
        }

        Console.WriteLine(FormattableString.Invariant($"wrote {output}: {rows} rows, {frauds} fraud ({100.0 * frauds / rows:F2}%), seed {seed}"));
        return 0;
    }
}
