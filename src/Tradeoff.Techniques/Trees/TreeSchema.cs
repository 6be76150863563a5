using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// The names a tree model was fitted with (features, their levels, the target and its classes), kept with the
/// model so that it renders rules in the user's words long after the data set is gone.
/// </summary>
internal sealed class TreeSchema
{
    private TreeSchema(TaskKind task, string[] featureNames, string[][] levels, string targetName, string[] classNames)
    {
        Task = task;
        FeatureNames = featureNames;
        Levels = levels;
        TargetName = targetName;
        ClassNames = classNames;
    }

    public TaskKind Task { get; }

    public string[] FeatureNames { get; }

    /// <summary>Levels of each nominal feature; empty for a numeric one.</summary>
    public string[][] Levels { get; }

    public string TargetName { get; }

    /// <summary>The classes; empty for regression.</summary>
    public string[] ClassNames { get; }

    public int OutputLength => Task.IsClassification() ? ClassNames.Length : 1;

    public static TreeSchema Of(Dataset data) => new(
        data.Task,
        data.Features.Select(f => f.Name).ToArray(),
        data.Features.Select(f => f.Levels.ToArray()).ToArray(),
        data.Target.Name,
        data.Task.IsClassification() ? data.Target.Levels.ToArray() : []);

    public void Write(BinaryWriter writer)
    {
        writer.Write((int)Task);
        writer.Write(TargetName);
        writer.WriteStrings(ClassNames);
        writer.Write(FeatureNames.Length);
        for (var f = 0; f < FeatureNames.Length; f++)
        {
            writer.Write(FeatureNames[f]);
            writer.WriteStrings(Levels[f]);
        }
    }

    public static TreeSchema Read(BinaryReader reader)
    {
        var task = (TaskKind)reader.ReadInt32();
        var target = reader.ReadString();
        var classes = reader.ReadStrings();
        var count = reader.ReadInt32();
        var names = new string[count];
        var levels = new string[count][];
        for (var f = 0; f < count; f++)
        {
            names[f] = reader.ReadString();
            levels[f] = reader.ReadStrings();
        }

        return new TreeSchema(task, names, levels, target, classes);
    }
}
