using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Core.Tests.Features;

public sealed class FeaturizedModelTests
{
    private const int Width = 40;

    [Fact]
    public void A_batch_predicts_as_its_rows_one_by_one_whatever_its_length()
    {
        // Given a model behind a standardization, and batches shorter than, equal to and longer than a block
        var data = Data(rows: (2 * FeaturizedModel.BatchRows) + 37);
        using var model = new FeaturizedModel(Featurizer.Fit(data, Standardize), new Weighted());
        var matrix = data.ToRowMajor();

        foreach (var rows in (int[])[1, 5, FeaturizedModel.BatchRows, data.RowCount])
        {
            // When the batch is predicted at once, and row by row
            var batch = new float[rows * 2];
            model.PredictBatch(matrix.AsSpan(0, rows * Width), rows, batch);
            var single = new float[rows * 2];
            for (var r = 0; r < rows; r++)
            {
                model.Predict(matrix.AsSpan(r * Width, Width), single.AsSpan(r * 2, 2));
            }

            // Then every row's outputs are the same, in the same place
            Assert.Equal(single, batch);
        }
    }

    [Fact]
    public void Predicting_a_batch_again_allocates_no_featurized_copy_of_it()
    {
        // Given a model behind a standardization, and 3,000 rows of 40 features (a copy of them is 480,000 bytes)
        var data = Data(rows: 3000);
        using var model = new FeaturizedModel(Featurizer.Fit(data, Standardize), new Weighted());
        var matrix = data.ToRowMajor();
        var output = new float[data.RowCount * 2];
        model.PredictBatch(matrix, data.RowCount, output);

        // When the same model predicts a batch again (as importance and robustness do, hundreds of times)
        var before = GC.GetAllocatedBytesForCurrentThread();
        model.PredictBatch(matrix, data.RowCount, output);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then it reuses its buffer: no new array for the featurized rows
        Assert.True(allocated < 4096, $"{allocated} bytes allocated");
    }

    private static FeaturizationPlan Standardize => new(OneHot: false, Standardize: true, Impute: false);

    private static Dataset Data(int rows)
    {
        var random = new Random(3);
        var features = Enumerable.Range(0, Width)
            .Select(f => new Column($"x{f}", ColumnKind.Numeric, [.. Enumerable.Range(0, rows).Select(_ => (float)(random.NextDouble() * (f + 1)))]))
            .ToList();
        var target = new Column("y", ColumnKind.Nominal, [.. Enumerable.Range(0, rows).Select(r => (float)(r % 2))], ["a", "b"]);
        return new Dataset("test", features, target, TaskKind.BinaryClassification);
    }

    // Two outputs from fixed weights on every feature: enough to tell one row from another.
    private sealed class Weighted : IModel
    {
        public int OutputLength => 2;

        public long ParameterCount => Width;

        public void Predict(ReadOnlySpan<float> features, Span<float> output)
        {
            var sum = 0f;
            for (var f = 0; f < features.Length; f++)
            {
                sum += features[f] * (f + 1);
            }

            output[0] = sum;
            output[1] = -sum;
        }

        public void Save(Stream stream) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
