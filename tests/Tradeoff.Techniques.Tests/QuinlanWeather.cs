using Tradeoff.Core.Data;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests;

/// <summary>Quinlan's 14-row weather data, all nominal (Witten and Frank, Data Mining, table 1.2).</summary>
internal static class QuinlanWeather
{
    // outlook, temperature, humidity, windy, play
    private static readonly string[][] Rows =
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

    private static readonly string[][] Levels =
    [
        ["sunny", "overcast", "rainy"],
        ["hot", "mild", "cool"],
        ["high", "normal"],
        ["true", "false"],
        ["yes", "no"],
    ];

    private static readonly string[] Names = ["outlook", "temperature", "humidity", "windy", "play"];

    public static Dataset Nominal()
    {
        var columns = new Column[Names.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            var codes = Rows.Select(row => (float)Array.IndexOf(Levels[c], row[c])).ToArray();
            columns[c] = ToyData.Nominal(Names[c], codes, Levels[c]);
        }

        return new Dataset("weather", columns[..4], columns[4], TaskKind.BinaryClassification, positiveClass: 0);
    }

    /// <summary>One row as level indices, in feature order.</summary>
    public static float[] Row(string outlook, string temperature, string humidity, string windy) =>
    [
        Array.IndexOf(Levels[0], outlook),
        Array.IndexOf(Levels[1], temperature),
        Array.IndexOf(Levels[2], humidity),
        Array.IndexOf(Levels[3], windy),
    ];
}
