using Tradeoff.Core.Qualities;

namespace Tradeoff.Reporting.Text;

/// <summary>The arrow a report puts after a quality's name: which way is better, from the catalog.</summary>
internal static class QualityArrow
{
    /// <summary><c> ↑</c> when higher is better, <c> ↓</c> when lower is, else nothing.</summary>
    public static string Of(string quality) => QualityCatalog.Find(quality)?.Direction switch
    {
        Direction.HigherIsBetter => " ↑",
        Direction.LowerIsBetter => " ↓",
        _ => string.Empty,
    };
}
