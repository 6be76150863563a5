namespace Tradeoff.Runs;

/// <summary>How a run uses what the store holds.</summary>
public enum StoreMode
{
    /// <summary>Reuse measurements of an identical earlier run (the default).</summary>
    Reuse,

    /// <summary>Measure everything again (<c>--fresh</c>).</summary>
    Fresh,

    /// <summary>Continue the latest unfinished run of the study (<c>--resume</c>).</summary>
    Resume,
}
