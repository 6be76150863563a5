namespace Tradeoff.Core.Tests;

/// <summary>
/// Tests whose assertions read a figure of the whole process (the C library's heap): xUnit runs them after the others,
/// never beside them, since a test beside them allocating or freeing moves that figure.
/// </summary>
[CollectionDefinition(nameof(ProcessWide), DisableParallelization = true)]
public sealed class ProcessWide;
