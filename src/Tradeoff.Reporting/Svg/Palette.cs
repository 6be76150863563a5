namespace Tradeoff.Reporting.Svg;

/// <summary>
/// One colour per technique, by its place in the document, the same in every plot. The first seven are Okabe and Ito's
/// colours for colour-blind readers (their yellow left out: it fades on white); five of Paul Tol's follow. Chosen so
/// that no two of the twelve come closer than 13 CIE76 units for normal, protanopic, deuteranopic or tritanopic vision
/// (checked by a test); a thirteenth technique repeats the first colour, and its label or legend entry tells them apart.
/// </summary>
internal static class Palette
{
    public const string Eliminated = "#9ca3af";
    public const string Ink = "#444";

    private static readonly string[] Colors =
    [
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000",
        "#DDCC77", "#332288", "#882255", "#117733", "#999933",
    ];

    public static string Of(int index) => Colors[index % Colors.Length];
}
