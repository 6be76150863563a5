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

    [Fact]
    public void Featurizing_a_subset_reads_its_rows_without_copying_them_out()
    {
        // Given a subset (a bootstrap resample, say) of a data set with a missing value
        var data = Data(rows: 1001, columns: 6, missingIn: 2);
        var rows = Enumerable.Range(0, 800).Select(i => (i * 13) % 1001).ToArray();
        var subset = data.Subset(rows);

        // When the featurization is fitted on it and transforms it
        var featurizer = Featurizer.Fit(subset, Impute);
        var featurized = featurizer.Transform(subset);

        // Then the subset's columns are still row selections, and the result is what a copy of the rows gives
        Assert.All(subset.Features, f => Assert.False(f.HoldsValues));
        var copy = new Dataset("test", [.. data.Features.Select(f => f.Gather(rows))], data.Target.Gather(rows), TaskKind.BinaryClassification);
        var expected = Featurizer.Fit(copy, Impute);
        Assert.Equal(expected.Steps.Select(s => (s.Fill, s.Mean, s.Scale)), featurizer.Steps.Select(s => (s.Fill, s.Mean, s.Scale)));
        for (var f = 0; f < featurized.FeatureCount; f++)
        {
            Assert.Equal(expected.Transform(copy).Features[f].Values, featurized.Features[f].Values);
        }
    }

    [Fact]
    public void The_featurized_columns_are_the_rows_transformed_one_by_one_and_laying_them_out_copies_none()
    {
        // Given a data set with a missing value, a nominal column one-hot encoded and one kept as level indices
        var data = Data(rows: 300, columns: 3, missingIn: 1);
        var levels = new[] { "p", "q", "r" };
        var nominal = new Column("c", ColumnKind.Nominal, [.. Enumerable.Range(0, 300).Select(r => r % 7 == 0 ? float.NaN : r % 3)], levels);
        data = data.WithFeatures([.. data.Features, nominal]);
        foreach (var plan in new[] { new FeaturizationPlan(OneHot: true, Standardize: true, Impute: true), new FeaturizationPlan(OneHot: false, Standardize: false, Impute: true) })
        {
            var featurizer = Featurizer.Fit(data, plan);

            // When the data set is featurized and its rows laid out one after another
            var featurized = featurizer.Transform(data);
            var matrix = featurized.ToRowMajor();

            // Then each row is the row transformed by itself, and no featurized column made an array of its own
            var width = featurizer.OutputWidth;
            var row = new float[data.FeatureCount];
            var expected = new float[width];
            for (var r = 0; r < data.RowCount; r++)
            {
                data.CopyRow(r, row);
                featurizer.TransformRow(row, expected);
                Assert.Equal(expected, matrix.AsSpan(r * width, width).ToArray());
            }

            Assert.All(featurized.Features, f => Assert.False(f.HoldsValues));
            var first = featurized.Features.Single(f => f.Name is "c" or "c=p");
            Assert.Equal(plan.OneHot ? ColumnKind.Numeric : ColumnKind.Nominal, first.Kind);
            Assert.Equal(plan.OneHot ? [] : levels, first.Levels);
        }
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
