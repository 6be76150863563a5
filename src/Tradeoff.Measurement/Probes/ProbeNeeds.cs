namespace Tradeoff.Measurement.Probes;

/// <summary>
/// What a probe measures with, besides the data: the engine computes each once per technique, before the first
/// probe that needs it, and every probe reads the same.
/// </summary>
[Flags]
internal enum ProbeNeeds
{
    /// <summary>The data only.</summary>
    None = 0,

    /// <summary>The model fitted on all training rows (<see cref="Protocol.TechniqueRun.Model"/>), and its fit.</summary>
    FinalModel = 1,

    /// <summary>The fits on all training rows at steady state (<see cref="Protocol.TechniqueRun.Fits"/>), for figures per fit.</summary>
    SteadyFits = 2,

    /// <summary>Protocol II's held-out parts (<see cref="Protocol.TechniqueRun.Parts"/>), fitted once and shared.</summary>
    HeldOutParts = 4,

    /// <summary>
    /// The first repeat's out-of-fold outputs of every training row (<see cref="Protocol.TechniqueRun.OutOfFold"/>):
    /// kept from cross-validation, else refitted on the same folds, within the stage of the first probe that needs them.
    /// </summary>
    OutOfFold = 8,
}
