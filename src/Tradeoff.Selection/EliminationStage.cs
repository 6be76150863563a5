namespace Tradeoff.Selection;

/// <summary>When a candidate was eliminated.</summary>
public enum EliminationStage
{
    /// <summary>Before measuring, from its capabilities and task support: no compute spent on it.</summary>
    BeforeMeasuring,

    /// <summary>After measuring, by a comparison constraint.</summary>
    AfterMeasuring,
}
