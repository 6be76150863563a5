using Tradeoff.Core.Data;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests.Trees;

/// <summary>Quinlan's 14-row weather table (all nominal), the lecture's decision tree example.</summary>
internal static class WeatherData
{
    public static readonly string[][] Rows =
    [
        ["sunny", "hot", "high", "false", "no"],
        ["sunny", "hot", "high", "true", "no"],
        ["overcast", "hot", "high", "false", "yes"],
        ["rainy", "mild", "high", "false", "yes"],
        ["rainy", "cool", "normal", "false", "yes"],
        ["rainy", "cool", "normal", "true", "no"],
        ["overcast", "cool", "normal", "true", "yes"],
        ["sunny", "mild", "high", "false", "no"],
        ["sunny", "cool", "normal", "false", "yes"],
        ["rainy", "mild", "normal", "false", "yes"],
        ["sunny", "mild", "normal", "true", "yes"],
        ["overcast", "mild", "high", "true", "yes"],
        ["overcast", "hot", "normal", "false", "yes"],
        ["rainy", "mild", "high", "true", "no"],
    ];

    public static readonly string[] Names = ["outlook", "temperature", "humidity", "windy", "play"];

    public static readonly string[][] Levels =
    [
        ["sunny", "overcast", "rainy"],
        ["hot", "mild", "cool"],
        ["high", "normal"],
        ["false", "true"],
        ["yes", "no"],
    ];

    public static Dataset Create()
    {
        var columns = new Column[Names.Length];
        for (var c = 0; c < Names.Length; c++)
        {
            var codes = Rows.Select(row => (float)Array.IndexOf(Levels[c], row[c])).ToArray();
            columns[c] = ToyData.Nominal(Names[c], codes, Levels[c]);
        }

        return new Dataset("weather", columns[..4], columns[4], TaskKind.BinaryClassification, positiveClass: 0);
    }

    /// <summary>Information gain in bits of splitting the table on attribute <paramref name="attribute"/> into one branch per value (ID3).</summary>
    public static double InformationGain(int attribute)
    {
        var before = Entropy(Rows.Select(r => r[4]));
        var after = Rows.GroupBy(r => r[attribute]).Sum(g => g.Count() / (double)Rows.Length * Entropy(g.Select(r => r[4])));
        return before - after;
    }

    /// <summary>Entropy in bits of a list of labels.</summary>
    public static double Entropy(IEnumerable<string> labels)
    {
        var list = labels.ToList();
        return -list.GroupBy(l => l).Sum(g => g.Count() / (double)list.Count * Math.Log2(g.Count() / (double)list.Count));
    }
}
