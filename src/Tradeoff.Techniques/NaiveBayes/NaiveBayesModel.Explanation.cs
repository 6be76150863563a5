using System.Globalization;
using System.Text;

namespace Tradeoff.Techniques.NaiveBayes;

internal sealed partial class NaiveBayesModel
{
    /// <summary>Per class: its prior, then the mean and standard deviation of each numeric feature and the smoothed probability of each level.</summary>
    public string Explain()
    {
        var schema = Statistics.Schema;
        var text = new StringBuilder();
        var rows = Statistics.ClassRows.Sum();
        text.Append(CultureInfo.InvariantCulture, $"naive-bayes: {_classes} classes, {schema.NumericFeatures.Length} numeric features (Gaussian, variance floor {VarianceFloor:G4}), ")
            .Append(CultureInfo.InvariantCulture, $"{schema.NominalFeatures.Length} nominal features (Laplace alpha {Alpha:G4}), {rows:G} training rows").AppendLine();
        for (var c = 0; c < _classes; c++)
        {
            text.Append(CultureInfo.InvariantCulture, $"class {schema.Classes[c]}: prior {Statistics.ClassRows[c] / rows:F4} ({Statistics.ClassRows[c]:G} rows)").AppendLine();
            for (var j = 0; j < _numeric; j++)
            {
                var slot = (c * _numeric) + j;
                var n = Statistics.Count[slot];
                var name = schema.Features[schema.NumericFeatures[j]];
                if (n == 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {name}: no values").AppendLine();
                    continue;
                }

                var std = Math.Sqrt(Statistics.Squares[slot] / n);
                text.Append(CultureInfo.InvariantCulture, $"  {name}: mean {Statistics.Mean[slot]:G6}, stddev {std:G6}").AppendLine();
            }

            for (var k = 0; k < schema.NominalFeatures.Length; k++)
            {
                var feature = schema.NominalFeatures[k];
                var levels = schema.Levels[feature];
                var start = (c * schema.TotalLevels) + schema.LevelOffsets[k];
                var parts = levels.Select((level, l) => string.Create(CultureInfo.InvariantCulture, $"{level} {Math.Exp(_logLevels[start + l]):F4}"));
                text.Append(CultureInfo.InvariantCulture, $"  {schema.Features[feature]}: {string.Join(", ", parts)}").AppendLine();
            }
        }

        return text.ToString();
    }
}
