namespace Tradeoff.Cli.Tests;

/// <summary>Tests whose assertions rest on timed figures: xUnit runs them after the others, never beside them.</summary>
[CollectionDefinition(nameof(TimingSensitive), DisableParallelization = true)]
public sealed class TimingSensitive;
