namespace Tradeoff.Selection;

/// <summary>How selection treats uncertain verdicts and how much it samples.</summary>
public sealed record SelectionOptions
{
    /// <summary>What an INCONCLUSIVE verdict does (default: keep the candidate, flagged).</summary>
    public InconclusivePolicy Inconclusive { get; init; } = InconclusivePolicy.Keep;

    /// <summary>Perturbed weightings drawn for the sensitivity share (0 skips it).</summary>
    public int SensitivitySamples { get; init; } = 1000;

    /// <summary>Dirichlet concentration of the perturbations: the sum of its parameters (larger is closer to the weights).</summary>
    public double Concentration { get; init; } = 20;

    /// <summary>Random weightings tried per frontier candidate when looking for one under which it wins.</summary>
    public int WinningSearchSamples { get; init; } = 2000;

    /// <summary>The seed of every random draw.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Computes the what-if even when some candidate survives (it is always computed when none does).</summary>
    public bool WhatIf { get; init; }

    /// <summary>The study's task kind, for the reason of candidates that do not learn it (<c>binary-classification</c>).</summary>
    public string? Task { get; init; }
}
