namespace Tradeoff.Reporting.Svg;

/// <summary>Colours told apart by most people, including with common colour blindness (Okabe-Ito), then Tableau's.</summary>
internal static class Palette
{
    public const string Eliminated = "#9ca3af";
    public const string Frontier = "#1d4ed8";

    private static readonly string[] Colors =
    [
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000",
        "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#9C755F", "#76B7B2",
    ];

    public static string Of(int index) => Colors[index % Colors.Length];
}
