using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Planning;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// One stage of measuring a technique, as a plugin of the engine (BenchmarkDotNet's IDiagnoser): it declares the
/// qualities it measures and what it needs, and measures them. The engine runs the registered probes
/// (<see cref="Stages.RegisteredProbes"/>) one after another, in their order, each alone: a timed probe runs on a
/// heap no other stage is using.
/// </summary>
internal interface IQualityProbe
{
    /// <summary>The name progress and messages show while it runs (<c>latency</c>).</summary>
    string Stage { get; }

    /// <summary>
    /// The qualities it can measure: their one declaration (id, unit, direction, meaning, group = <see cref="Stage"/>,
    /// protocol text), from which <see cref="MeasuredQualities"/> composes the catalog a study is checked against.
    /// </summary>
    IReadOnlyList<QualityDescriptor> Qualities { get; }

    /// <summary>Whether it runs for the study and technique: by default, when the study asks for one of its qualities.</summary>
    bool Applies(ProbeScope scope) => scope.WantsAny(Qualities.Select(q => q.Id));

    /// <summary>What the engine must compute before it runs.</summary>
    ProbeNeeds Needs(ProbeScope scope);

    /// <summary>
    /// The fits it makes itself, beyond what the engine computes once for every probe (<see cref="Needs"/>), for the
    /// measurement plan (<c>run --plan</c>): none by default.
    /// </summary>
    PlannedFits? Fits(PlanScope scope) => null;

    /// <summary>The least time its timed work (warm-up and timed rounds, besides fits) takes by the protocol, for the plan: none by default.</summary>
    TimeSpan TimedWork(PlanScope scope) => TimeSpan.Zero;

    /// <summary>Measures, setting its values with <see cref="ProbeRun.Set"/>.</summary>
    void Measure(ProbeRun run);
}
