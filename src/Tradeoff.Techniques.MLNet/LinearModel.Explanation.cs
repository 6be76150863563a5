using System.Globalization;
using System.Text;

namespace Tradeoff.Techniques.MLNet;

internal sealed partial class LinearModel
{
    // Enough to read the model; a 784-pixel model would otherwise print thousands of lines.
    private const int CoefficientsShown = 50;

    public IReadOnlyDictionary<string, double> Complexity => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["nonzero-coefficients"] = Parameters.Weights.Count(w => w != 0f),
    };

    /// <summary>The coefficients of each score by decreasing magnitude, with the feature names, then the bias.</summary>
    public string Explain()
    {
        var p = Parameters;
        var text = new StringBuilder();
        for (var s = 0; s < p.ScoreCount; s++)
        {
            text.AppendLine(Heading(s));
            var order = Enumerable.Range(0, p.Width)
                .Where(f => p.Weights[(s * p.Width) + f] != 0f)
                .OrderByDescending(f => Math.Abs(p.Weights[(s * p.Width) + f]))
                .ThenBy(f => f)
                .ToList();
            foreach (var f in order.Take(CoefficientsShown))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {p.Weights[(s * p.Width) + f],12:+0.000000;-0.000000}  {FeatureNames[f]}");
            }

            if (order.Count > CoefficientsShown)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  ... {order.Count - CoefficientsShown} smaller non-zero coefficients");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  {p.Biases[s],12:+0.000000;-0.000000}  (bias)");
        }

        return text.ToString();
    }

    private string Heading(int score) => Parameters.Output switch
    {
        LinearOutput.Sigmoid => $"log-odds of '{ClassNames[1]}' = sum of coefficient x feature + bias (numeric features standardized):",
        LinearOutput.Softmax => $"score of '{ClassNames[score]}' (the probabilities are the softmax of the class scores):",
        _ => "prediction = sum of coefficient x feature + bias (numeric features standardized):",
    };
}
