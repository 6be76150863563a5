using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Testing;

/// <summary>
/// The contract every technique keeps (after ML.NET's shared trainer tests): it fits tiny data, predicts within
/// the label space, gives the same predictions for the same seed, round-trips through save and load, and honours
/// cancellation. A technique's test class derives from this and says how to create the technique.
/// </summary>
public abstract class TechniqueContract
{
    /// <summary>Creates the technique under test with default settings.</summary>
    protected abstract ITechnique CreateTechnique();

    /// <summary>Fits as the measurement protocol does: behind the shared featurization.</summary>
    protected IModel FitFeaturized(Dataset data, int seed = 7, CancellationToken cancellationToken = default, int threads = 2) =>
        FeaturizedTechnique.Wrap(CreateTechnique()).Fit(data, new FitContext { Seed = seed, Threads = threads, CancellationToken = cancellationToken });

    /// <summary>The toy sets of the tasks the technique declares.</summary>
    public static TheoryData<string> Tasks() => new("binary", "multiclass", "regression");

    [Theory]
    [MemberData(nameof(Tasks))]
    public void Fits_tiny_data_and_predicts_within_the_label_space(string task)
    {
        if (!TryData(task, out var data))
        {
            return;
        }

        using var model = FitFeaturized(data);
        Assert.Equal(data.OutputLength, model.OutputLength);
        var output = Predictions(model, data);
        for (var r = 0; r < data.RowCount; r++)
        {
            var row = output.AsSpan(r * model.OutputLength, model.OutputLength);
            if (data.Task.IsClassification())
            {
                foreach (var p in row)
                {
                    Assert.InRange(p, 0f, 1f);
                }

                Assert.Equal(1.0, row.ToArray().Sum(p => (double)p), 3);
            }
            else
            {
                Assert.True(float.IsFinite(row[0]), "a regression prediction must be finite");
            }
        }
    }

    // The measurement runs a thread-independent technique's untimed refits side by side on one thread each, and takes
    // their values for those of fits on every core.
    [Theory]
    [MemberData(nameof(Tasks))]
    public void A_thread_independent_technique_predicts_the_same_on_one_thread_as_on_four(string task)
    {
        if (!CreateTechnique().Capabilities.ThreadIndependent || !TryData(task, out var data))
        {
            return;
        }

        using var one = FitFeaturized(data, seed: 11, threads: 1);
        using var four = FitFeaturized(data, seed: 11, threads: 4);
        Assert.Equal(Predictions(one, data), Predictions(four, data));
    }

    [Theory]
    [MemberData(nameof(Tasks))]
    public void The_same_seed_gives_the_same_predictions(string task)
    {
        if (!TryData(task, out var data))
        {
            return;
        }

        using var first = FitFeaturized(data, seed: 11);
        using var second = FitFeaturized(data, seed: 11);
        Assert.Equal(Predictions(first, data), Predictions(second, data));
    }

    /// <summary>
    /// True when the technique fits a subset of rows (<see cref="Dataset.Subset"/>) without copying its feature values
    /// out: the measurement's bootstrap, learning-curve and incremental fits on large data then hold no second copy of the rows.
    /// </summary>
    protected virtual bool FitsSubsetsInPlace => false;

    // The measurement fits subsets (bootstrap resamples, learning-curve samples) as row selections.
    [Theory]
    [MemberData(nameof(Tasks))]
    public void A_subset_fits_as_a_copy_of_its_rows_does(string task)
    {
        if (!TryData(task, out var data))
        {
            return;
        }

        // A bootstrap resample: rows drawn with replacement, so some repeat.
        var random = new Random(5);
        var rows = Enumerable.Range(0, data.RowCount).Select(_ => random.Next(data.RowCount)).ToArray();
        var subset = data.Subset(rows);
        var copy = new Dataset(data.Source, [.. data.Features.Select(f => f.Gather(rows))], data.Target.Gather(rows), data.Task, data.PositiveClass);

        using var onSubset = FitFeaturized(subset);
        using var onCopy = FitFeaturized(copy);

        Assert.Equal(Predictions(onCopy, data), Predictions(onSubset, data));
        if (FitsSubsetsInPlace)
        {
            Assert.All(subset.Features, f => Assert.False(f.HoldsValues, $"the fit copied '{f.Name}' out of the subset"));
        }
    }

    [Theory]
    [MemberData(nameof(Tasks))]
    public void Save_and_load_give_identical_predictions(string task)
    {
        if (!TryData(task, out var data))
        {
            return;
        }

        var technique = FeaturizedTechnique.Wrap(CreateTechnique());
        using var model = technique.Fit(data, new FitContext { Seed = 5, Threads = 2 });
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        using var loaded = technique.Load(stream);
        Assert.Equal(model.ParameterCount, loaded.ParameterCount);
        Assert.Equal(Predictions(model, data), Predictions(loaded, data));
    }

    [Fact]
    public void Batch_and_single_row_predictions_agree()
    {
        var data = FirstSupported();
        using var model = FitFeaturized(data);
        var rows = data.ToRowMajor();
        var batch = new float[data.RowCount * model.OutputLength];
        model.PredictBatch(rows, data.RowCount, batch);
        var single = Predictions(model, data);
        for (var i = 0; i < batch.Length; i++)
        {
            Assert.Equal(single[i], batch[i], 4);
        }
    }

    [Fact]
    public void A_cancelled_token_stops_the_fit()
    {
        var data = FirstSupported();
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => FitFeaturized(data, cancellationToken: source.Token));
    }

    [Fact]
    public void It_reports_a_learned_parameter_count()
    {
        using var model = FitFeaturized(FirstSupported());
        Assert.True(model.ParameterCount > 0, "every model learns something");
    }

    /// <summary>Predictions of every row of <paramref name="data"/>, one row at a time, row-major.</summary>
    protected static float[] Predictions(IModel model, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var output = new float[data.RowCount * model.OutputLength];
        var row = new float[data.FeatureCount];
        for (var r = 0; r < data.RowCount; r++)
        {
            data.CopyRow(r, row);
            model.Predict(row, output.AsSpan(r * model.OutputLength, model.OutputLength));
        }

        return output;
    }

    /// <summary>Accuracy of the arg-max class over <paramref name="data"/>.</summary>
    protected static double Accuracy(IModel model, Dataset data)
    {
        var output = Predictions(model, data);
        var k = model.OutputLength;
        var right = 0;
        for (var r = 0; r < data.RowCount; r++)
        {
            var best = 0;
            for (var c = 1; c < k; c++)
            {
                if (output[(r * k) + c] > output[(r * k) + best])
                {
                    best = c;
                }
            }

            right += best == (int)data.Target.Values[r] ? 1 : 0;
        }

        return right / (double)data.RowCount;
    }

    /// <summary>
    /// The tiny data set of <paramref name="task"/> (binary, multiclass, regression); a technique for a particular kind
    /// of data (images) gives its own.
    /// </summary>
    protected virtual Dataset TinyData(string task) => task switch
    {
        "binary" => ToyData.Binary(),
        "multiclass" => ToyData.Multiclass(),
        _ => ToyData.Regression(),
    };

    // A task the technique does not declare must be refused with a clear input error, not half-learned.
    private bool TryData(string task, out Dataset data)
    {
        data = TinyData(task);
        if (CreateTechnique().Capabilities.Tasks.Contains(data.Task))
        {
            return true;
        }

        var unsupported = data;
        Assert.Throws<InputException>(() => FitFeaturized(unsupported));
        return false;
    }

    private Dataset FirstSupported()
    {
        foreach (var task in new[] { "binary", "multiclass", "regression" })
        {
            if (TryData(task, out var data))
            {
                return data;
            }
        }

        throw new InvalidOperationException("The technique declares no task.");
    }
}
