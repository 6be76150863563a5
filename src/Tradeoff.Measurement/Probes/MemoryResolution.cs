using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Resident memory moves in pages, so a figure is known to one page either way: the interval says so, and a figure
/// below one page is marked as below the resolution rather than shown as "0 B" (the reports print "&lt; 4.10 KB").
/// </summary>
internal static class MemoryResolution
{
    public static long PageBytes { get; } = System.Environment.SystemPageSize;

    public static QualityValue Apply(QualityValue value)
    {
        var details = new Dictionary<string, double>(value.Details ?? new Dictionary<string, double>(), StringComparer.Ordinal)
        {
            ["resolution-bytes"] = PageBytes,
        };
        return value with
        {
            Lower = Math.Max(0, value.Value - PageBytes),
            Upper = value.Value + PageBytes,
            Details = details,
            Note = value.Value < PageBytes ? $"below the resolution of resident memory (one {QualityFormat.Count(PageBytes)}-byte page)" : value.Note,
        };
    }
}
