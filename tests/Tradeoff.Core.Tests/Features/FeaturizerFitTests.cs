using Tradeoff.Core.Data;
using Tradeoff.Core.Features;

namespace Tradeoff.Core.Tests.Features;

public sealed class FeaturizerFitTests
{
    private static readonly FeaturizationPlan Impute = new(OneHot: false, Standardize: true, Impute: true);

    [Fact]
    public void Each_numeric_columns_fill_is_its_median_with_or_without_missing_values()
    {
        // Given complete columns of odd and even length and a column with missing values
        var data = Data(rows: 1001, columns: 6, missingIn: 2);
        var even = Data(rows: 1000, columns: 3, missingIn: -1);

        // When the featurization is fitted
        var steps = Featurizer.Fit(data, Impute).Steps;
        var evenSteps = Featurizer.Fit(even, Impute).Steps;

        // Then every fill is the median of the column's present values, and the columns were not reordered
        for (var f = 0; f < data.FeatureCount; f++)
        {
            Assert.Equal(Median(data.Features[f].Values), steps[f].Fill);
        }

        for (var f = 0; f < even.FeatureCount; f++)
        {
            Assert.Equal(Median(even.Features[f].Values), evenSteps[f].Fill);
        }

        Assert.Equal(Data(rows: 1001, columns: 6, missingIn: 2).Features[0].Values, data.Features[0].Values);
    }

    [Fact]
    public void Fitting_the_medians_of_complete_columns_reuses_one_buffer()
    {
        // Given 40 complete columns of 20,000 rows (a copy of one is 80,000 bytes)
        var data = Data(rows: 20_000, columns: 40, missingIn: -1);
        Featurizer.Fit(data, Impute);

        // When the featurization that imputes by the median is fitted
        var before = GC.GetAllocatedBytesForCurrentThread();
        Featurizer.Fit(data, Impute);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then the columns were selected in one buffer, not copied one by one (40 copies: 3.2 MB)
        Assert.True(allocated < 3 * 80_000, $"{allocated} bytes allocated");
    }

    private static float Median(float[] values)
    {
        var sorted = values.Where(v => !float.IsNaN(v)).Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static Dataset Data(int rows, int columns, int missingIn)
    {
        var random = new Random(7);
        var features = Enumerable.Range(0, columns)
            .Select(f => new Column($"x{f}", ColumnKind.Numeric, [.. Enumerable.Range(0, rows).Select(r => f == missingIn && r % 10 == 0 ? float.NaN : (float)Math.Round(random.NextDouble() * 100, 2))]))
            .ToList();
        var target = new Column("y", ColumnKind.Nominal, [.. Enumerable.Range(0, rows).Select(r => (float)(r % 2))], ["a", "b"]);
        return new Dataset("test", features, target, TaskKind.BinaryClassification);
    }
}
