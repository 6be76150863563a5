using Tradeoff.Core;
using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.NaiveBayes;

/// <summary>The layout of the features a model was fitted on: names, kinds, levels, classes.</summary>
internal sealed class NaiveBayesSchema
{
    public NaiveBayesSchema(string[] features, bool[] nominal, string[][] levels, string[] classes)
    {
        Features = features;
        Nominal = nominal;
        Levels = levels;
        Classes = classes;
        NumericFeatures = Enumerable.Range(0, features.Length).Where(f => !nominal[f]).ToArray();
        NominalFeatures = Enumerable.Range(0, features.Length).Where(f => nominal[f]).ToArray();
        LevelOffsets = new int[NominalFeatures.Length];
        for (var k = 0; k < NominalFeatures.Length; k++)
        {
            LevelOffsets[k] = TotalLevels;
            TotalLevels += levels[NominalFeatures[k]].Length;
        }
    }

    public string[] Features { get; }

    public bool[] Nominal { get; }

    /// <summary>The levels of each feature; empty for a numeric one.</summary>
    public string[][] Levels { get; }

    public string[] Classes { get; }

    public int ClassCount => Classes.Length;

    /// <summary>Indices of the numeric features, in order.</summary>
    public int[] NumericFeatures { get; }

    /// <summary>Indices of the nominal features, in order.</summary>
    public int[] NominalFeatures { get; }

    /// <summary>Where each nominal feature's levels start in a per-class table of all levels.</summary>
    public int[] LevelOffsets { get; }

    /// <summary>Levels of all nominal features together.</summary>
    public int TotalLevels { get; }

    public static NaiveBayesSchema Of(Dataset data) => new(
        data.Features.Select(c => c.Name).ToArray(),
        data.Features.Select(c => c.IsNominal).ToArray(),
        data.Features.Select(c => c.Levels.ToArray()).ToArray(),
        data.Target.Levels.ToArray());

    /// <summary>Fails unless <paramref name="data"/> has the same features and classes (an update's new rows).</summary>
    public void EnsureMatches(Dataset data)
    {
        var other = Of(data);
        var same = other.Features.Length == Features.Length && other.ClassCount == ClassCount;
        for (var f = 0; same && f < Features.Length; f++)
        {
            same = other.Nominal[f] == Nominal[f] && other.Levels[f].Length == Levels[f].Length;
        }

        if (!same)
        {
            throw new InputException($"{data.Source}: the new rows do not have the features and classes the naive-bayes model was fitted on.");
        }
    }
}
