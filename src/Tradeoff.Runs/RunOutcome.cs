using Tradeoff.Core.Results;
using Tradeoff.Selection;

namespace Tradeoff.Runs;

/// <summary>What a run produced: the measurements and, when the study asks for one, the selection.</summary>
/// <param name="Result">Every technique's measured qualities, the study and the environment.</param>
/// <param name="Selection">Elimination, frontier, ranking and recommendation; null when the run was interrupted before it, or measured some instances only (<see cref="StudyRunner.Only"/>).</param>
/// <param name="Interrupted">True when the run was cancelled; <paramref name="Result"/> holds what was measured.</param>
public sealed record RunOutcome(RunResult Result, SelectionResult? Selection, bool Interrupted);
