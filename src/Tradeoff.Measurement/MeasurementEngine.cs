using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Energy;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Stages;
using Tradeoff.Measurement.Statistics;
using Tradeoff.Measurement.Tuning;

namespace Tradeoff.Measurement;

/// <summary>
/// Measures techniques by the protocol of a study: predictive quality by cross-validation or on a test set,
/// training time, memory, latency, throughput, size, energy, CO2 and cost (protocol I); interpretability,
/// feature importance, robustness, stability, fairness, privacy, data needs, scale and incremental learning
/// (protocol II; docs/PROTOCOL.md). Every technique
/// is scored on the same folds, derived from the study's seed only, so that <see cref="CompareWithBest"/> can
/// pair their scores.
/// </summary>
public sealed partial class MeasurementEngine
{
    private const string PowercapRoot = "/sys/class/powercap";

    private readonly ProtocolSpec _protocol;
    private readonly ProbeContext _context;
    private readonly IMeasurementProgress? _progress;
    private readonly QualitySelection _selection;
    private readonly FitRunner _runner;
    private readonly TimingFits _timingFits;
    private readonly IReadOnlyList<IQualityProbe> _probes;
    private readonly List<string> _warnings = [];
    private readonly IReadOnlyList<ProtectedAttribute> _protected;
    private readonly ScaleSpec? _scale;
    private readonly RunMemory _memory;

    /// <summary>Creates an engine that reads the machine's clocks, memory and (when readable) RAPL energy counters.</summary>
    /// <param name="protocol">The study's protocol settings.</param>
    /// <param name="time">The clock every duration is read from (a fake one in tests).</param>
    /// <param name="progress">Told when each quality starts and finishes, or null.</param>
    /// <param name="protectedAttributes">The study's protected attributes (<see cref="DataSpec.Protected"/>) for the fairness qualities, or null for none.</param>
    /// <param name="scale">The study's production volume (<see cref="Study.Scale"/>) the scale qualities project to, or null.</param>
    public MeasurementEngine(ProtocolSpec protocol, TimeProvider time, IMeasurementProgress? progress = null, IReadOnlyList<ProtectedAttribute>? protectedAttributes = null, ScaleSpec? scale = null)
        : this(protocol, RealContext(time), progress, protectedAttributes, scale)
    {
    }

    // probes: those run after the final fit, in order; RegisteredProbes.All when null (tests add their own).
    internal MeasurementEngine(ProtocolSpec protocol, ProbeContext context, IMeasurementProgress? progress, IReadOnlyList<ProtectedAttribute>? protectedAttributes = null, ScaleSpec? scale = null, IReadOnlyList<IQualityProbe>? probes = null)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(context);
        _protocol = protocol;
        _context = context;
        _progress = progress;
        _protected = protectedAttributes ?? [];
        _scale = scale;
        _probes = probes ?? RegisteredProbes.All;
        _selection = new QualitySelection(protocol.Qualities, _probes.SelectMany(p => p.Qualities).Select(q => q.Id));
        _runner = new FitRunner(context, protocol.WarmUp, protocol.Threads > 0 ? protocol.Threads : System.Environment.ProcessorCount);
        _timingFits = new TimingFits(context, _runner, protocol);
        _memory = new RunMemory(context.Memory);
        if (context.Energy is null && WantsAny(EnergyStage.Ids))
        {
            _warnings.Add($"energy is estimated from CPU time x {Invariant.Number(protocol.WattsPerCore)} W per core: {context.EnergyUnavailableReason ?? "no RAPL counter"}.");
        }
    }

    /// <summary>Given every final model as soon as it is fitted (<c>--keep-models</c>), or null.</summary>
    public IModelKeeper? Keeper { get; init; }

    /// <summary>
    /// Where a technique under a time or memory limit first fits apart, stopped for real at the limit (a child
    /// process), or null to rely on cancellation and the in-process watchdog only.
    /// </summary>
    public Isolation.IFitIsolation? Isolation { get; init; }

    /// <summary>The runtime a team ships the final model in (ONNX Runtime), for the deployment qualities, or null: they are then not available.</summary>
    public Deployment.IDeploymentRuntime? Deployment { get; init; }

    /// <summary>
    /// Asked, as each technique starts, for its share of the run's time budget (<c>--time-budget</c>); null, or a
    /// null answer, for none.
    /// </summary>
    public Func<TimeShare?>? TimeShares { get; init; }

    /// <summary>Warnings about the protocol every output should show (small classes, folds reduced, energy estimated).</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>
    /// The run's peak resident memory so far (the process's high-water mark since it started, data loading
    /// included), or null when the system does not say.
    /// </summary>
    public long? PeakMemoryBytes => _memory.Peak;

    /// <summary>
    /// Measures one technique instance. <paramref name="technique"/> is already wrapped in the shared
    /// featurization. With <paramref name="test"/> null, predictive quality comes from cross-validation on
    /// <paramref name="train"/>. A technique that throws ends <see cref="TechniqueStatus.Failed"/>; one past the
    /// time or memory limit <see cref="TechniqueStatus.OverBudget"/>; a cancelled run <see cref="TechniqueStatus.Interrupted"/>;
    /// each keeps what was measured before.
    /// </summary>
    /// <exception cref="Core.InputException">The protocol cannot apply to the data (fewer than 2 rows, folds below 2), or a protected attribute is not a feature of the data.</exception>
    public TechniqueResult Measure(string name, ITechnique technique, IReadOnlyDictionary<string, string> settings, Dataset train, Dataset? test, CancellationToken cancellationToken) =>
        Measure(name, technique, settings, train, test, accuracyTechnique: null, cancellationToken);

    private TechniqueResult Measure(string name, ITechnique technique, IReadOnlyDictionary<string, string> settings, Dataset train, Dataset? test, TunedTechnique? accuracyTechnique, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(technique);
        ArgumentNullException.ThrowIfNull(train);
        var resolved = ResolvedProtocol.Resolve(_protocol, train, test);
        var scope = Scope(train.Task, technique is IIncrementalTechnique, test is not null);
        CheckProtected(train, test);
        foreach (var warning in resolved.Warnings.Where(w => !_warnings.Contains(w)))
        {
            _warnings.Add(warning);
        }

        var share = TimeShares?.Invoke();
        var limit = share is not null && (_protocol.TimeLimit is not { } own || own > share.Left) ? share.Left : _protocol.TimeLimit;
        using var budget = new Budget(_context.Time, limit, cancellationToken, _context.Memory, _protocol.MemoryLimitBytes);
        using var run = new TechniqueRun(name, technique, train, test, resolved, budget) { AccuracyTechnique = accuracyTechnique, Settings = settings ?? new Dictionary<string, string>(), Share = share };
        var window = _memory.Begin();
        var (status, message) = Run(run, scope);
        RecordMemory(run, _memory.End(window));
        if (status == TechniqueStatus.OverBudget && share is not null && limit == share.Left && !budget.OverMemory)
        {
            message = $"{share.Budget} ran out during {run.Stage}; the qualities measured before are kept";
        }
        else if (run.Cut.Count > 0)
        {
            message = $"{share!.Budget}: its share ({QualityFormat.Seconds(share.Share.TotalSeconds)}) passed, so these were not measured: {string.Join(", ", run.Cut)}";
        }

        TimingNoise.Widen(run.Qualities);
        return new TechniqueResult
        {
            Name = name,
            TechniqueId = technique.Id,
            Settings = settings ?? new Dictionary<string, string>(),
            Capabilities = technique.Capabilities.Ids().ToList(),
            Status = status,
            Message = message,
            Qualities = run.Qualities,
            MeasurementSeconds = run.Seconds,
        };
    }

    /// <summary>
    /// Marks each technique's accuracy-family qualities against the best technique by the corrected resampled
    /// paired t-test at 0.05 on the paired fold scores: <c>best</c>, <c>better</c>, <c>worse</c> or
    /// <c>not significant</c> in <see cref="QualityValue.Note"/>.
    /// </summary>
    public IReadOnlyList<TechniqueResult> CompareWithBest(IReadOnlyList<TechniqueResult> results) => BestComparison.Mark(results);

    private static ProbeContext RealContext(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var rapl = RaplReader.TryOpen(PowercapRoot, out var reason);
        return new ProbeContext { Time = time, Cpu = new ProcessCpuClock(), Memory = new ProcResidentMemory(), Jit = new RuntimeJitCounter(), Energy = rapl, EnergyUnavailableReason = reason };
    }

    private (TechniqueStatus Status, string? Message) Run(TechniqueRun run, ProbeScope scope)
    {
        try
        {
            if (TryApart(run) is { } stopped)
            {
                return stopped;
            }

            MeasureAll(run, scope);
            return (TechniqueStatus.Measured, null);
        }
        catch (OperationCanceledException) when (run.Budget.Interrupted)
        {
            return (TechniqueStatus.Interrupted, $"interrupted during {run.Stage}; the qualities measured before are kept");
        }
        catch (Exception) when (run.Budget.OverMemory)
        {
            // Whatever a fit throws once its memory was cut short (cancelled, or out of memory) is the limit's doing.
            return (TechniqueStatus.OverBudget, $"memory limit of {QualityFormat.Bytes(run.Budget.MemoryLimit!.Value)} passed during {run.Stage} (reached {QualityFormat.Bytes(run.Budget.MemoryReached!.Value)}); the qualities measured before are kept");
        }
        catch (OperationCanceledException) when (run.Budget.Expired)
        {
            return (TechniqueStatus.OverBudget, $"time limit of {QualityFormat.Seconds(run.Budget.Limit!.Value.TotalSeconds)} passed during {run.Stage}; the qualities measured before are kept");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A technique may throw anything; the run must go on with the other techniques.
            return (TechniqueStatus.Failed, $"{run.Stage}: {Failures.Describe(e)}");
        }
    }

    private void Stage(TechniqueRun run, string stage, Action action)
    {
        run.Budget.Check();
        run.Stage = stage;
        _progress?.Started(run.Name, stage);
        var start = _context.Time.GetTimestamp();
        try
        {
            action();
        }
        finally
        {
            var elapsed = _context.Time.GetElapsedTime(start);
            run.Seconds[stage] = run.Seconds.GetValueOrDefault(stage) + elapsed.TotalSeconds;
            _progress?.Finished(run.Name, stage, elapsed);
        }
    }

    private void RecordMemory(TechniqueRun run, long? part)
    {
        if (part is { } bytes && Wants(QualityIds.MeasurementMemory))
        {
            run.Qualities[QualityIds.MeasurementMemory] = MemoryResolution.Apply(QualityFactory.Create(
                QualityIds.MeasurementMemory,
                bytes,
                $"peak resident memory (the kernel's high-water mark, VmHWM) while {run.Name} was measured, every stage and fit, above the run's baseline of {QualityFormat.Bytes(_memory.Baseline)} (resident when measuring began, the data loaded); the mark restarts as each technique begins, after an aggressive collection") with
            { SampleCount = 1 });
        }
    }

    private ProbeScope Scope(TaskKind task, bool incremental, bool hasTest) =>
        new() { Selection = _selection, Protected = _protected, Task = task, Incremental = incremental, HasTest = hasTest };

    /// <summary>
    /// Runs the probes that apply, in their order, each its own stage. The held-out parts, when one of them needs
    /// them, are built once at the place of the first registered probe that would need them, whether or not that
    /// one runs: where protocol II begins, so the stages around it keep their order whatever the study asks for.
    /// </summary>
    private void MeasureProbes(TechniqueRun run, ProbeScope scope, IReadOnlyList<IQualityProbe> probes)
    {
        var probeRun = new ProbeRun { Run = run, Scope = scope, Protocol = _protocol, Context = _context, Runner = _runner, TimingFits = _timingFits, Scale = _scale, Deployment = Deployment };
        var partsAt = probes.Any(p => NeedsParts(p, scope)) ? _probes.ToList().FindIndex(p => NeedsParts(p, scope)) : int.MaxValue;
        for (var i = 0; i < _probes.Count; i++)
        {
            var probe = _probes[i];
            if (!probes.Contains(probe))
            {
                continue;
            }

            if (run.Share is { } share && !share.Needs(probe) && _context.Time.GetElapsedTime(run.Started) >= share.Share)
            {
                // The technique's share of the run's time budget has passed: what it measured stands, and what the decision
                // does not read is cut.
                run.Cut.Add(probe.Stage);
                continue;
            }

            if (i >= partsAt && run.Parts is null)
            {
                Stage(run, "held-out-fits", () => run.Parts = run.FoldParts is { Complete: true } kept ? kept.Parts : HeldOutParts.Build(run, _runner, HeldOutFits(run, scope)));
            }

            Stage(run, probe.Stage, () =>
            {
                if (probe.Needs(scope).HasFlag(ProbeNeeds.OutOfFold))
                {
                    run.OutOfFold ??= FoldRefits.Outputs(run, _runner);
                }

                probe.Measure(probeRun);
            });
        }
    }

    /// <summary>
    /// How the held-out fits run: side by side when the technique allows it, is not tuned (a part's search is not split),
    /// and no quality reads their time or memory (the scale laws of time and memory, the retrain an update is compared with).
    /// </summary>
    private ConcurrentFits HeldOutFits(TechniqueRun run, ProbeScope scope) =>
        run.AccuracyTechnique is null && !scope.WantsAny([.. DataNeedsStage.TimedScaleIds, QualityIds.IncrementalRetrainTime, QualityIds.IncrementalUpdateTime])
            ? ConcurrentFits.For(run.Technique, _runner, run.Train)
            : ConcurrentFits.Alone(_runner);

    private static bool NeedsParts(IQualityProbe probe, ProbeScope scope) => probe.Needs(scope).HasFlag(ProbeNeeds.HeldOutParts);

    /// <summary>Whether a probe that applies needs protocol II's held-out parts.</summary>
    private bool NeedsHeldOutParts(ProbeScope scope) => _probes.Any(p => p.Applies(scope) && NeedsParts(p, scope));

    private bool Wants(string id) => _selection.Wants(id);

    private bool WantsAny(IEnumerable<string> ids) => _selection.WantsAny(ids);
}
