using Tradeoff.Core.Data;
using Tradeoff.Core.Results;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Tuning;

namespace Tradeoff.Measurement.Protocol;

/// <summary>The state of measuring one technique: what is measured so far, the fits made, the final model.</summary>
internal sealed class TechniqueRun : IDisposable
{
    public TechniqueRun(string name, ITechnique technique, Dataset train, Dataset? test, ResolvedProtocol protocol, Budget budget)
    {
        Started = budget.Started;
        Name = name;
        Technique = technique;
        Train = train;
        Test = test;
        Protocol = protocol;
        Budget = budget;
    }

    public string Name { get; }

    /// <summary>The timestamp its measuring started at (its budget's start).</summary>
    public long Started { get; }

    public ITechnique Technique { get; }

    /// <summary>
    /// The tuning procedure of a technique tuned under cross-validation, whose search runs inside each training
    /// part: cross-validation fits it (nested cross-validation), fairness refits the folds with it, and protocol
    /// II's held-out parts choose their configuration through it. Null for a technique measured as given, or tuned
    /// with a test set (whose search saw only the training rows): cross-validation then fits <see cref="Technique"/>.
    /// </summary>
    public TunedTechnique? AccuracyTechnique { get; init; }

    /// <summary>The settings the technique was created with, as the study gives them.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public Dataset Train { get; }

    public Dataset? Test { get; }

    public ResolvedProtocol Protocol { get; }

    public Budget Budget { get; }

    public Dictionary<string, QualityValue> Qualities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> Seconds { get; } = new(StringComparer.Ordinal);

    public List<FitRecord> Fits { get; } = [];

    /// <summary>The model fitted on all training data, once fitted.</summary>
    public IModel? Model { get; set; }

    public FitRecord? FinalFit { get; set; }

    public LatencyResult? Latency { get; set; }

    /// <summary>The cost of one single-row prediction from a loop of predictions only, once measured.</summary>
    public PredictionCost? PredictionCost { get; set; }

    /// <summary>
    /// The out-of-fold outputs of every training row from the first repeat of cross-validation (row-major,
    /// one output per row), kept when cross-validation ran; fairness reads them.
    /// </summary>
    public float[]? OutOfFold { get; set; }

    /// <summary>
    /// With a test set, for a technique measured as given and a study that asks for stability: the test-set outputs of
    /// the timing fits on all training rows, which use stability's retrain seeds, by seed; stability reads them instead
    /// of fitting those seeds again (docs/PROTOCOL.md, "stability"). Null otherwise.
    /// </summary>
    public Dictionary<int, float[]>? Retrains { get; set; }

    /// <summary>The held-out parts the probes of protocol II share, built once (docs/PROTOCOL.md).</summary>
    public IReadOnlyList<HeldOutPart>? Parts { get; set; }

    /// <summary>The held-out parts kept from cross-validation (<see cref="FoldParts"/>), or null when they are fitted apart.</summary>
    public FoldParts? FoldParts { get; set; }

    /// <summary>The learning curve of the held-out parts, once the data-needs stage drew it; the scale stage reads it.</summary>
    public List<CurvePoint>? Curve { get; set; }

    /// <summary>The technique's share of the run's time budget, or null: past it, the remaining probes are skipped.</summary>
    public TimeShare? Share { get; init; }

    /// <summary>The stages skipped because the technique's share of the run's time budget had passed.</summary>
    public List<string> Cut { get; } = [];

    /// <summary>The step being measured, for messages.</summary>
    public string Stage { get; set; } = "start";

    /// <summary>The rows predictions are timed on: the test set when given, else the training data.</summary>
    public Dataset InferenceRows => Test ?? Train;

    public string InferenceRowsText => Test is null ? "training rows (the final model has seen them; prediction cost does not depend on it)" : "test rows";

    private float[]? _rowMajor;

    public float[] InferenceMatrix => _rowMajor ??= InferenceRows.ToRowMajor();

    public void Dispose()
    {
        Model?.Dispose();
        foreach (var part in (Parts ?? []).Union(FoldParts?.Parts ?? []))
        {
            part.Dispose();
        }
    }
}
