using Tradeoff.Core.IO;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Core.Studies;

/// <summary>
/// What to decide: the data, the techniques to consider, the protocol, the constraints, the objectives
/// and the weights. Read from a study file (see <c>StudyReader</c>) or built for an ad hoc run.
/// </summary>
public sealed record Study
{
    /// <summary>A short name for reports.</summary>
    public required string Name { get; init; }

    /// <summary>What the component is for: the model card's intended use.</summary>
    public string? Description { get; init; }

    /// <summary>The study file, or null for an ad hoc run; data paths are relative to its folder.</summary>
    public string? File { get; init; }

    /// <summary>The data and its roles.</summary>
    public required DataSpec Data { get; init; }

    /// <summary>The technique instances to consider; empty means every technique of the catalog with defaults.</summary>
    public IReadOnlyList<TechniqueSpec> Techniques { get; init; } = [];

    /// <summary>How qualities are measured.</summary>
    public ProtocolSpec Protocol { get; init; } = new();

    /// <summary>Hard constraints, as written (parsed by the selection library).</summary>
    public IReadOnlyList<ConstraintSpec> Constraints { get; init; } = [];

    /// <summary>Quality ids the Pareto frontier is computed over.</summary>
    public IReadOnlyList<string> Objectives { get; init; } = [];

    /// <summary>Weights of the utility that ranks the frontier, by quality id.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// Lexicographic priorities (<c>priorities: [accuracy within 0.01, latency.p99]</c>): rank by the first quality,
    /// then among those within its tolerance of the best by the next, and so on; empty means rank by <see cref="Weights"/>.
    /// </summary>
    public IReadOnlyList<PrioritySpec> Priorities { get; init; } = [];

    /// <summary>
    /// Scales the study sets for qualities (<c>scales: { latency.p99: [1us, 10ms] }</c>), by quality id, in place of
    /// the reference scales that map a quality's values onto [0, 1] for the utility.
    /// </summary>
    public IReadOnlyDictionary<string, QualityScaleSpec> QualityScales { get; init; } = new Dictionary<string, QualityScaleSpec>();

    /// <summary>
    /// The qualities the study states per technique rather than measures (<c>declared: { engineering-effort: ... }</c>):
    /// they extend the catalog for this study, and constraints, objectives and weights may name them.
    /// </summary>
    public IReadOnlyList<DeclaredQuality> Declared { get; init; } = [];

    /// <summary>
    /// The declared values of the technique instance named <paramref name="name"/>, by quality id, each exact and marked
    /// declared; empty when the study declares none for it.
    /// </summary>
    public IReadOnlyDictionary<string, QualityValue> DeclaredOf(string name)
    {
        var spec = Techniques.FirstOrDefault(t => t.Name == name);
        var values = new Dictionary<string, QualityValue>(StringComparer.Ordinal);
        foreach (var quality in Declared)
        {
            if (spec?.Declared.TryGetValue(quality.Id, out var text) == true && quality.Read(text) is not null)
            {
                values[quality.Id] = quality.Value(text);
            }
        }

        return values;
    }

    /// <summary>The production volume to project scale to, or null when the study states none.</summary>
    public ScaleSpec? Scale { get; init; }

    /// <summary>
    /// True when a constraint whose verdict is INCONCLUSIVE (the interval straddles the limit) eliminates the
    /// technique (<c>inconclusive: eliminate</c>); by default such a technique is kept and flagged.
    /// </summary>
    public bool EliminateInconclusive { get; init; }

    /// <summary>The exact text of the study file, for the store and the report; null for ad hoc runs.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// The real path of <paramref name="path"/> as written in the study (<c>data.train</c>, <c>data.test</c>).
    /// A relative path is taken from the study file's folder. A study may come from someone else, so the file it
    /// names must lie in the study's folder tree, checked on real paths (every symbolic link resolved, the study's
    /// folder's own included): <c>../../etc/passwd</c>, an absolute path elsewhere, or a link inside the folder that
    /// points out of it (to a file one folder up, to /etc/shadow) is refused. The current directory admits nothing by
    /// itself: where the user stands says nothing of what the study's author may read. For an ad hoc run (no study
    /// file) the user typed the path, so it is only made full, from the current directory.
    /// </summary>
    /// <exception cref="InputException">The path leads outside the study's folder.</exception>
    public string ResolvePath(string path) => ResolvePath(File, path);

    /// <summary>The real path of <paramref name="path"/> as a study file <paramref name="file"/> names it (see <see cref="ResolvePath(string)"/>); the parser checks the paths of brought models with it.</summary>
    /// <exception cref="InputException">The path leads outside the study's folder.</exception>
    internal static string ResolvePath(string? file, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (file is null)
        {
            return Path.GetFullPath(path);
        }

        var written = Path.GetDirectoryName(Path.GetFullPath(file)) ?? Path.GetPathRoot(Path.GetFullPath(file))!;
        string folder, full;
        try
        {
            folder = RealPath.Of(written);
            full = RealPath.Of(Path.GetFullPath(path, written));
        }
        catch (IOException e)
        {
            throw new InputException($"{file}: the path '{path}': {e.Message}", e);
        }

        if (IsInside(full, folder))
        {
            return full;
        }

        var link = full == Path.GetFullPath(path, written) ? string.Empty : $" (a symbolic link to {full})";
        throw new InputException(
            $"{file}: the path '{path}'{link} leads outside the study's folder ({written}); a study may only read files under its own folder.");
    }

    private static bool IsInside(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return path == root
            || path.StartsWith(root, StringComparison.Ordinal)
            && (root.EndsWith(Path.DirectorySeparatorChar) || path.Length > root.Length && path[root.Length] == Path.DirectorySeparatorChar);
    }
}

/// <summary>The data of a study.</summary>
public sealed record DataSpec
{
    /// <summary>Training data: a CSV, TSV, ARFF or IDX path, or a named data set (<c>fashion-mnist</c>).</summary>
    public required string Train { get; init; }

    /// <summary>An optional test set; without one, cross-validation on the training data.</summary>
    public string? Test { get; init; }

    /// <summary>The target column; null means the last column.</summary>
    public string? Target { get; init; }

    /// <summary>The positive class of a binary target; null means the rarer class.</summary>
    public string? Positive { get; init; }

    /// <summary>Forces classification or regression; null infers it from the target's type.</summary>
    public Data.TaskKind? Task { get; init; }

    /// <summary>Protected attributes for fairness, each with thresholds that cut a numeric one into groups.</summary>
    public IReadOnlyList<ProtectedAttribute> Protected { get; init; } = [];
}

/// <summary>A protected attribute; numeric ones are cut at <paramref name="Thresholds"/> (<c>age: [25]</c> gives <c>&lt;=25</c> and <c>&gt;25</c>).</summary>
public sealed record ProtectedAttribute(string Name, IReadOnlyList<double> Thresholds);

/// <summary>One technique instance: a technique id, a unique name and its settings.</summary>
public sealed record TechniqueSpec(string Id, string Name, IReadOnlyDictionary<string, string> Settings, int Line = 0)
{
    /// <summary>The model the study brings (<c>{ id: my-net, onnx: FILE }</c>, <c>{ id: my-sklearn, command: "..." }</c>), or null for a built-in technique.</summary>
    public BroughtSpec? Brought { get; init; }

    /// <summary>The values of the study's declared qualities for this instance, as written (<c>high</c>, <c>1200</c>), by quality id.</summary>
    public IReadOnlyDictionary<string, string> Declared { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>One lexicographic priority: a quality and how far from the best still counts as equal, in its unit or, when <paramref name="Relative"/>, as a share of the best.</summary>
public sealed record PrioritySpec(string Quality, double Tolerance = 0, bool Relative = false);

/// <summary>A constraint as written, with the line it is on for error messages.</summary>
public sealed record ConstraintSpec(string Text, int Line = 0, int Column = 0);

/// <summary>The measurement protocol's settings.</summary>
public sealed record ProtocolSpec
{
    /// <summary>Cross-validation folds; 0 picks the default (10, or 5 above 50,000 rows).</summary>
    public int Folds { get; init; }

    /// <summary>Leave-one-out instead of k folds (<c>folds: loo</c>).</summary>
    public bool LeaveOneOut { get; init; }

    /// <summary>Repetitions of the whole cross-validation with reshuffled folds.</summary>
    public int Repeats { get; init; } = 1;

    /// <summary>The seed every random step derives its own seed from.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Minimum single-row predictions timed per technique.</summary>
    public int LatencySamples { get; init; } = 1000;

    /// <summary>Time allowed per technique; null means no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Resident memory a technique may add above the level at its start (<c>memory-limit: 2GB</c>); null means no limit.</summary>
    public long? MemoryLimitBytes { get; init; }

    /// <summary>Qualities to measure; empty means every quality that applies.</summary>
    public IReadOnlyList<string> Qualities { get; init; } = [];

    /// <summary>A first look (<c>--quick</c>): 3 folds, one repeat, 200 latency samples and at most 5 tuning trials per technique.</summary>
    public bool Quick { get; init; }

    /// <summary>Extra timed fits on the full training data, beyond those the protocol makes anyway.</summary>
    public int TimingRuns { get; init; }

    /// <summary>Threads each fit may use; 0 means every core of the machine.</summary>
    public int Threads { get; init; }

    /// <summary>Rows per batch when measuring throughput.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Longest time spent timing single-row predictions per technique, once the minimum samples are taken.</summary>
    public TimeSpan LatencyTimeCap { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The most that warming up and timing single-row predictions may take per technique, whatever the minimum
    /// samples ask (<c>latency-hard-cap</c>): one slow model cannot stall a run.
    /// </summary>
    public TimeSpan LatencyHardCap { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How timed code is brought to steady state before it is timed (<c>warm-up</c>).</summary>
    public WarmUpSpec WarmUp { get; init; } = new();

    /// <summary>Watts drawn per busy core when energy must be estimated from CPU time (no RAPL counters).</summary>
    public double WattsPerCore { get; init; } = 10;

    /// <summary>Grams of CO2 per kWh of the electricity used (475: the world average CodeCarbon uses).</summary>
    public double GridIntensity { get; init; } = 475;

    /// <summary>Price of one CPU hour in USD, for cost.train and cost.predict.</summary>
    public double PricePerCpuHour { get; init; } = 0.05;

    /// <summary>Seeds per held-out part for stability (the part's own fit is the first): 3 to 10, until the spread is known to 1 point.</summary>
    public RepetitionSpec StabilityRepetition { get; init; } = new(3, 10, 0.01);

    /// <summary>Label-flipping refits per held-out part for robustness to label noise: 1 to 5, until the accuracy lost is known to 1 point.</summary>
    public RepetitionSpec LabelNoiseRepetition { get; init; } = new(1, 5, 0.01);

    /// <summary>Subsample draws per held-out part for the learning curve (data needs): 1 to 4, until its smallest point is known to 1 point.</summary>
    public RepetitionSpec DataNeedsRepetition { get; init; } = new(1, 4, 0.01);

    /// <summary>Hyperparameter tuning (<c>protocol.tuning</c>); null means every technique runs with its settings as given.</summary>
    public TuningSpec? Tuning { get; init; }

    /// <summary>
    /// The machine class whose workers measure a distributed run (<c>protocol.machine-class</c>, see <see cref="Studies.MachineClass"/>);
    /// null lets the run take the class of the first worker. A run on one machine ignores it.
    /// </summary>
    public string? MachineClass { get; init; }
}
