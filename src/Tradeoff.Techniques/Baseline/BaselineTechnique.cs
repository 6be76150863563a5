using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Baseline;

/// <summary>
/// The baseline every technique must beat: the class frequencies of the training data (so it predicts the
/// majority class), or the mean for regression. It ignores the features.
/// </summary>
internal sealed class BaselineTechnique() : TechniqueBase(Descriptor)
{
    public const string TechniqueId = "baseline";
    private const int FormatVersion = 1;

    public static TechniqueDescriptor Descriptor { get; } = new()
    {
        Id = TechniqueId,
        Family = TechniqueFamily.Baseline,
        Summary = "majority class (class frequencies) or the mean: the floor every technique must beat",
        Capabilities = new TechniqueCapabilities
        {
            Tasks = TaskSets.All,
            Interpretable = true,
            Incremental = false,
            HandlesMissing = true,
            HandlesCategorical = true,
            ThreadIndependent = true,
        },
        Create = _ => new BaselineTechnique(),
    };

    protected override IModel FitCore(Dataset training, FitContext context)
    {
        var values = training.Target.Values;
        if (!training.Task.IsClassification())
        {
            return new BaselineModel([(float)values.Average(v => (double)v)]);
        }

        var output = new float[training.ClassCount];
        foreach (var v in values)
        {
            output[(int)v]++;
        }

        for (var c = 0; c < output.Length; c++)
        {
            output[c] /= values.Length;
        }

        return new BaselineModel(output);
    }

    public override IModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Read(reader, TechniqueId, FormatVersion);
        var output = reader.ReadFloats();

        return new BaselineModel(output);
    }

    /// <summary>Predicts the same output for every row.</summary>
    private sealed class BaselineModel(float[] output) : IModel
    {
        public int OutputLength => output.Length;

        public long ParameterCount => output.Length;

        public void Predict(ReadOnlySpan<float> features, Span<float> destination) => output.CopyTo(destination);

        public void Save(Stream stream)
        {
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            ModelHeader.Write(writer, TechniqueId, FormatVersion);
            writer.WriteFloats(output);
        }

        public void Dispose()
        {
        }
    }
}
