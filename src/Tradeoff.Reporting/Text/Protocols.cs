using System.Globalization;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Text;

/// <summary>How each quality was measured and where: shared by the HTML and Markdown reports.</summary>
internal static class Protocols
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Per quality: its unit, the protocol line of its first measurement, and the seconds spent on it over all techniques.</summary>
    public static IEnumerable<(string Quality, string Unit, string Protocol, double? Seconds)> Of(ResultsDocument document) =>
        document.Techniques.SelectMany(t => t.Qualities.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(Plots.ParallelPlot.QualityOrder).ThenBy(q => q, StringComparer.Ordinal)
            .Select(q =>
            {
                var values = document.Techniques.Select(t => t.Qualities.GetValueOrDefault(q)).OfType<QualityValue>().ToList();
                var protocol = values.Select(v => v.Protocol).FirstOrDefault(p => p is not null) ?? values.Select(v => v.NotAvailable).FirstOrDefault(p => p is not null) ?? string.Empty;
                var seconds = document.Techniques.Select(t => t.MeasurementSeconds.TryGetValue(q, out var s) ? s : (double?)null).Where(s => s is not null).ToList();
                return (q, OrderedScale.Readable(values[0].Unit), protocol, seconds.Count == 0 ? null : seconds.Sum());
            });

    /// <summary>The environment as terms and texts, in reading order, ending with its fingerprint.</summary>
    public static IReadOnlyList<(string Term, string Text)> Environment(EnvironmentInfo e) =>
    [
        .. Machine(e),
        .. Peak(e),
        .. Software(e),
    ];

    /// <summary>The run's peak memory as a term and text, or nothing for a run stored before it was recorded.</summary>
    public static (string Term, string Text)[] Peak(EnvironmentInfo e) =>
        e.PeakMemoryBytes is { } peak ? [("peak memory", $"{QualityFormat.Bytes(peak)} resident at the run's peak, data loading included")] : [];

    private static (string Term, string Text)[] Machine(EnvironmentInfo e) =>
    [
        ("OS", e.Kernel is null ? e.Os : $"{e.Os}, kernel {e.Kernel}"),
        ("CPU", $"{e.Cpu} ({e.Cores.ToString(Invariant)} cores)"),
        ("memory", QualityFormat.Bytes(e.MemoryBytes)),
        (".NET", e.Runtime),
        ("build", e.Configuration),
        ("Tradeoff", e.ToolVersion ?? "-"),
        ("seed", e.Seed.ToString(Invariant)),
        ("started", e.StartedAt.ToString("u", Invariant)),
        ("finished", e.FinishedAt?.ToString("u", Invariant) ?? "-"),
    ];

    private static (string Term, string Text)[] Software(EnvironmentInfo e) =>
    [
        ("libraries", string.Join(", ", e.Libraries.Select(l => $"{l.Key} {l.Value}"))),
        ("threading", string.Join(", ", e.Threading.Select(l => $"{l.Key}={l.Value}"))),
        ("runtime settings", string.Join(", ", e.RuntimeSettings.Select(l => $"{l.Key}={l.Value}"))),
        ("data SHA-256", string.Join(", ", e.DataSha256.Select(l => $"{l.Key}: {l.Value}"))),
        ("fingerprint", e.Fingerprint + " (what must match for timings to compare: machine, software, thread and runtime settings)"),
    ];
}
