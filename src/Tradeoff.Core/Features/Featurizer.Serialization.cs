namespace Tradeoff.Core.Features;

public sealed partial class Featurizer
{
    private const int FormatVersion = 1;

    /// <summary>Writes the fitted featurization; <see cref="Read"/> restores it exactly.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(FormatVersion);
        writer.Write(Plan.OneHot);
        writer.Write(Plan.Standardize);
        writer.Write(Plan.Impute);
        writer.Write(_steps.Length);
        foreach (var step in _steps)
        {
            step.Write(writer);
        }

        foreach (var name in OutputNames)
        {
            writer.Write(name);
        }
    }

    /// <summary>Reads a featurization that <see cref="Write"/> wrote.</summary>
    public static Featurizer Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Featurizer format {version} is not supported (expected {FormatVersion}).");
        }

        var plan = new FeaturizationPlan(reader.ReadBoolean(), reader.ReadBoolean(), reader.ReadBoolean());
        var steps = new Step[reader.ReadInt32()];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = Step.Read(reader);
        }

        var names = new string[steps.Sum(s => s.Width)];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString();
        }

        return new Featurizer(plan, steps, names);
    }

    private Featurizer(FeaturizationPlan plan, Step[] steps, string[] names)
    {
        Plan = plan;
        _steps = steps;
        InputWidth = steps.Length;
        OutputWidth = names.Length;
        OutputNames = names;
    }
}
