using Tradeoff.Core.Data;
using Tradeoff.Techniques.Tests.Trees;

namespace Tradeoff.Techniques.Tests;

/// <summary>Quinlan's 14-row weather data, all nominal (Witten and Frank, Data Mining, table 1.2): the table of <see cref="WeatherData"/>.</summary>
internal static class QuinlanWeather
{
    public static Dataset Nominal() => WeatherData.Create();

    /// <summary>One row as level indices, in feature order.</summary>
    public static float[] Row(string outlook, string temperature, string humidity, string windy) =>
    [
        Array.IndexOf(WeatherData.Levels[0], outlook),
        Array.IndexOf(WeatherData.Levels[1], temperature),
        Array.IndexOf(WeatherData.Levels[2], humidity),
        Array.IndexOf(WeatherData.Levels[3], windy),
    ];
}
