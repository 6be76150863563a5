using Tradeoff.Core.Data;

namespace Tradeoff.Core.Features;

/// <summary>
/// A featurization fitted on training rows only (so no statistic leaks from a test fold): one-hot encoding,
/// standardization and imputation as its <see cref="FeaturizationPlan"/> asks, applied to data sets and to
/// single rows without allocation.
/// </summary>
public sealed partial class Featurizer
{
    // One step per input feature, in order; each writes Width output slots.
    private readonly Step[] _steps;

    private Featurizer(FeaturizationPlan plan, Step[] steps, IReadOnlyList<Column> template)
    {
        Plan = plan;
        _steps = steps;
        InputWidth = steps.Length;
        OutputWidth = steps.Sum(s => s.Width);
        OutputNames = BuildNames(steps, template);
    }

    /// <summary>The transformations applied.</summary>
    public FeaturizationPlan Plan { get; }

    /// <summary>Features in: the fitted data set's feature count.</summary>
    public int InputWidth { get; }

    /// <summary>Features out.</summary>
    public int OutputWidth { get; }

    /// <summary>The name of every output feature (<c>color=red</c>, <c>age</c>, <c>age?</c> for an indicator).</summary>
    public IReadOnlyList<string> OutputNames { get; }

    /// <summary>
    /// Each raw feature's transformation, in input order; its name is read back from the output names (the first
    /// output is the name itself, or <c>name=level</c> of the first level when one-hot).
    /// </summary>
    public IReadOnlyList<FeatureStep> Steps
    {
        get
        {
            var steps = new FeatureStep[_steps.Length];
            var o = 0;
            for (var f = 0; f < _steps.Length; f++)
            {
                var s = _steps[f];
                // A nominal column without levels writes only its indicator (name?), or nothing at all.
                var first = o < OutputNames.Count ? OutputNames[o] : string.Empty;
                var name = s.Nominal && s.OneHot
                    ? (s.LevelCount > 0 ? first[..^(s.Levels[0].Length + 1)] : s.Indicator ? first[..^1] : first)
                    : first;
                steps[f] = new FeatureStep(name, s.Nominal, s.Levels, s.OneHot, s.Standardize, s.Impute, s.Indicator, s.Fill, s.Mean, s.Scale);
                o += s.Width;
            }

            return steps;
        }
    }

    /// <summary>Fits the featurization on <paramref name="training"/>.</summary>
    public static Featurizer Fit(Dataset training, FeaturizationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(plan);
        // One buffer that each column is read into in turn (a row selection's values are never copied whole) and whose median
        // is selected in place: a copy per column was 188 MB of large-object garbage per fit on Fashion-MNIST's 784 columns.
        var values = new float[training.RowCount];
        var steps = training.Features.Select(c => Step.Fit(c, plan, values)).ToArray();
        return new Featurizer(plan, steps, training.Features);
    }

    /// <summary>
    /// Lets go of the featurized copy kept for the next fit unless it is a copy of <paramref name="data"/>'s features:
    /// called before a collection that precedes a fit, so that a copy of other rows (the previous bootstrap
    /// resample's, 188 MB on Fashion-MNIST) is collected instead of being carried through the fit. Copies something
    /// still reads stay; a later fit on the same rows makes its copy again.
    /// </summary>
    public static void ReleaseCopiesOtherThan(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        SharedFeaturization.KeepOnlyCopiesOf(data.Features);
    }

    /// <summary>Transforms one row (input width) into <paramref name="output"/> (output width).</summary>
    public void TransformRow(ReadOnlySpan<float> row, Span<float> output)
    {
        var o = 0;
        for (var f = 0; f < _steps.Length; f++)
        {
            var step = _steps[f];
            step.Write(row[f], output.Slice(o, step.Width));
            o += step.Width;
        }
    }

    /// <summary>
    /// Transforms every row of <paramref name="data"/>; the target is kept as it is. The result may be shared with
    /// other callers (<see cref="SharedFeaturization"/>): its columns are read, never written.
    /// </summary>
    public Dataset Transform(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (Plan.IsIdentity)
        {
            // Nothing changes a value: sharing the columns spares a full copy of the data (techniques never write to them).
            return data;
        }

        return SharedFeaturization.Transform(this, data, () => Featurized(data));
    }

    // The featurized columns are computed when read (Column.Computed): a reader that takes every value once (the
    // network's row-major copy) makes no featurized copy of the data beside its own (188 MB on Fashion-MNIST); one
    // that takes a column's whole array (ML.NET) makes it once, kept with the shared copy for the next fit.
    private Dataset Featurized(Dataset data)
    {
        var columns = new List<Column>(OutputWidth);
        for (var f = 0; f < _steps.Length; f++)
        {
            var step = _steps[f];
            var source = data.Features[f];
            for (var k = 0; k < step.Width; k++)
            {
                var output = k;
                void Produce(Span<float> destination) => step.Write(source, output, destination);
                columns.Add(step.PassesNominalThrough && k == 0
                    ? Column.Computed(OutputNames[columns.Count], ColumnKind.Nominal, source.Length, Produce, source.Levels)
                    : Column.Computed(OutputNames[columns.Count], ColumnKind.Numeric, source.Length, Produce));
            }
        }

        return data.WithFeatures(columns);
    }

    private static string[] BuildNames(Step[] steps, IReadOnlyList<Column> template)
    {
        var names = new List<string>();
        for (var f = 0; f < steps.Length; f++)
        {
            names.AddRange(steps[f].Names(template[f].Name));
        }

        return [.. names];
    }
}
