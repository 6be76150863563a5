using Tradeoff.Core.Data;

namespace Tradeoff.Core.Techniques;

/// <summary>
/// What a technique can do, known before any training: the facts that let a study eliminate a technique
/// without spending compute (after ML.NET's TrainerInfo).
/// </summary>
public sealed record TechniqueCapabilities
{
    /// <summary>The task kinds it learns.</summary>
    public required IReadOnlySet<TaskKind> Tasks { get; init; }

    /// <summary>A person can follow its model (rules, a tree, coefficients, per-class statistics).</summary>
    public bool Interpretable { get; init; }

    /// <summary>A model can absorb new rows without a full retrain (<see cref="IIncrementalTechnique"/>).</summary>
    public bool Incremental { get; init; }

    /// <summary>Features must be standardized before fitting.</summary>
    public bool NeedsScaling { get; init; }

    /// <summary>Missing values (NaN) may reach it; otherwise they are imputed first.</summary>
    public bool HandlesMissing { get; init; }

    /// <summary>Nominal features may reach it as level indices; otherwise they are one-hot encoded first.</summary>
    public bool HandlesCategorical { get; init; }

    /// <summary>
    /// A fit returns a model that predicts the same for the same seed whatever <see cref="FitContext.Threads"/> it is
    /// given (the threads change only its speed): independent fits may then run side by side on one thread each, as
    /// the measurement's untimed refits do. Not a capability a study names.
    /// </summary>
    public bool ThreadIndependent { get; init; }

    /// <summary>
    /// The model comes trained (a brought ONNX file): fitting only binds it to the data's columns, so the qualities of
    /// training (<see cref="Qualities.TrainingSide"/>) are "not applicable: pre-trained".
    /// </summary>
    public bool Pretrained { get; init; }

    /// <summary>
    /// A model the study brings (an ONNX file, a command; docs/BRING-YOUR-OWN.md): it is built from the study's entry,
    /// so it is never fitted apart by <c>tradeoff fit-child</c>, and a command keeps its own process limits.
    /// </summary>
    public bool Brought { get; init; }

    /// <summary>The capability ids that hold, as used in study files (<c>interpretable</c>, <c>incremental</c>, ...).</summary>
    public IEnumerable<string> Ids()
    {
        if (Interpretable)
        {
            yield return "interpretable";
        }

        if (Incremental)
        {
            yield return "incremental";
        }

        if (NeedsScaling)
        {
            yield return "needs-scaling";
        }

        if (HandlesMissing)
        {
            yield return "handles-missing";
        }

        if (HandlesCategorical)
        {
            yield return "handles-categorical";
        }
    }

    /// <summary>True when the capability with this id holds; false for an unknown id.</summary>
    public bool Has(string id) => Ids().Contains(id, StringComparer.Ordinal);

    /// <summary>The capability ids a study may name.</summary>
    public static IReadOnlyList<string> KnownIds { get; } =
        ["interpretable", "incremental", "needs-scaling", "handles-missing", "handles-categorical"];
}
