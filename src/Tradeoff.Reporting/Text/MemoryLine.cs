using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Reporting.Text;

/// <summary>
/// The run's peak memory and each technique's share of it in one line, for the console summary and the reports:
/// memory is a cost the user pays too, and the share says which technique to blame for it.
/// </summary>
internal static class MemoryLine
{
    /// <summary>The line, or null when the run recorded neither (runs stored before memory was recorded).</summary>
    public static string? Of(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var shares = run.Techniques
            .Select(t => (t.Name, Value: t.Qualities.GetValueOrDefault(QualityIds.MeasurementMemory)))
            .Where(s => s.Value is { IsAvailable: true })
            .Select(s => $"{s.Name} {QualityFormat.Bytes(s.Value!.Value)}")
            .ToList();
        var peak = run.Environment.PeakMemoryBytes;
        if (peak is null && shares.Count == 0)
        {
            return null;
        }

        var line = peak is { } bytes ? $"peak memory {QualityFormat.Bytes(bytes)}" : "peak memory unknown";
        return shares.Count == 0 ? line : $"{line}; above the run's baseline while each was measured: {string.Join(", ", shares)}";
    }
}
