using System.Globalization;
using Tradeoff.Core;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection;

/// <summary>
/// The scale of each considered quality: the study's when it sets one; else the reference scale, whose worst end
/// is the training data's chance level for predictive qualities when the caller gives it (a baseline candidate never
/// anchors a scale: removing it would move the scale).
/// </summary>
internal static class ScaleResolver
{
    // Placeholders rather than scales: an error in the target's unit has no range without the data.
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal) { QualityIds.Rmse, QualityIds.Mae };

    public static List<QualityScale> Resolve(IReadOnlyList<QualityDescriptor> qualities, SelectionInput input)
    {
        Validate(input);
        return qualities.Select(q => input.Declared.FirstOrDefault(d => d.Id == q.Id) is { } declared
            ? OfDeclared(declared, input)
            : Of(q, input.Scales, input.Chance)).ToList();
    }

    /// <summary>
    /// A declared quality's scale, always linear: its levels from the worst to the best; for numbers, the study's range
    /// when it sets one, else the span of the candidates' declared values (all equal: each at the best end), since no
    /// catalog range can know what a licence or an effort costs in a study.
    /// </summary>
    private static QualityScale OfDeclared(DeclaredQuality declared, SelectionInput input)
    {
        var quality = declared.Descriptor;
        var higher = quality.Direction == Direction.HigherIsBetter;
        if (declared.IsOrdered)
        {
            var last = declared.Levels.Count - 1;
            return Make(quality, ScaleKind.Linear, higher ? 0 : last, higher ? last : 0, ScaleSource.Declared);
        }

        if (input.Scales.TryGetValue(quality.Id, out var range))
        {
            return Make(quality, ScaleKind.Linear, higher ? range.Low : range.High, higher ? range.High : range.Low, ScaleSource.Study);
        }

        var values = input.Candidates.Select(c => c.ValueOf(quality.Id)).Where(double.IsFinite).ToList();
        var (low, high) = values.Count == 0 ? (0, 1) : (values.Min(), values.Max());
        if (low == high)
        {
            (low, high) = higher ? (high - 1, high) : (low, low + 1);
        }

        return Make(quality, ScaleKind.Linear, higher ? low : high, higher ? high : low, ScaleSource.Declared);
    }

    public static QualityScale Of(QualityDescriptor quality, IReadOnlyDictionary<string, ScaleRange> scales, IReadOnlyDictionary<string, double> chance)
    {
        var reference = ReferenceScales.Of(quality)
            ?? throw new InputException($"quality '{quality.Id}' has no better direction, so it has no scale");
        var higher = quality.Direction == Direction.HigherIsBetter;
        if (scales.TryGetValue(quality.Id, out var range))
        {
            return Make(quality, reference.Kind, higher ? range.Low : range.High, higher ? range.High : range.Low, ScaleSource.Study);
        }

        // A chance level on the wrong side of the best end (one class, a constant target) would make an empty scale.
        if (reference.ChanceAnchored && chance.TryGetValue(quality.Id, out var level) && (higher ? level < reference.Best : level > reference.Best))
        {
            return Make(quality, reference.Kind, level, reference.Best, ScaleSource.Chance);
        }

        return Make(quality, reference.Kind, reference.Worst, reference.Best, ScaleSource.Catalog);
    }

    /// <summary>Remarks on scales that are placeholders: an error in the target's unit with neither a chance level nor a study scale.</summary>
    public static List<string> Notes(IEnumerable<QualityScale> scales) => scales
        .Where(s => s.Source == ScaleSource.Catalog && Placeholders.Contains(s.Quality))
        .Select(s => $"{s.Quality} has no chance level and no scale from the study: placed on the placeholder range {Number(s.Worst)} to {Number(s.Best)} in the target's unit; set scales: {{ {s.Quality}: [LOW, HIGH] }}")
        .ToList();

    private static QualityScale Make(QualityDescriptor quality, ScaleKind kind, double worst, double best, ScaleSource source)
    {
        var shape = kind == ScaleKind.Linear ? "linear" : "logarithmic";
        var from = source == ScaleSource.Chance ? " (chance level of the training data)" : string.Empty;
        var why = source switch
        {
            ScaleSource.Study => " (set by the study)",
            ScaleSource.Catalog => " (reference range)",
            ScaleSource.Declared => " (declared quality)",
            _ => string.Empty,
        };
        var text = $"{quality.Id}: {shape} from {QualityFormat.Value(worst, quality.Unit)}{from} to {QualityFormat.Value(best, quality.Unit)}{why}";
        return new QualityScale(quality.Id, quality.Unit, kind, worst, best, source, text);
    }

    private static void Validate(SelectionInput input)
    {
        foreach (var (id, range) in input.Scales)
        {
            var quality = QualityResolver.Resolve(id, "scales", input.Declared);
            var kind = input.Declared.Any(d => d.Id == id) ? ScaleKind.Linear : ReferenceScales.Of(quality)!.Kind;
            if (!double.IsFinite(range.Low) || !double.IsFinite(range.High) || !(range.Low < range.High))
            {
                throw new InputException($"scale of '{id}' is [{Number(range.Low)}, {Number(range.High)}]; a scale goes from a finite lower end to a higher one");
            }

            if (kind == ScaleKind.Logarithmic && range.Low <= 0)
            {
                throw new InputException($"scale of '{id}' is logarithmic, so its ends must be above 0; found {Number(range.Low)}");
            }
        }

        foreach (var (id, level) in input.Chance)
        {
            if (!double.IsFinite(level))
            {
                throw new InputException($"chance level of '{id}' is {Number(level)}; it must be a finite number");
            }
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
