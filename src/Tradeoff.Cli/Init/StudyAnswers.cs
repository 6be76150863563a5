namespace Tradeoff.Cli.Init;

/// <summary>
/// The answers to the lecture's questions, in its five views (model, data, system, infrastructure, environment),
/// from which <see cref="StudyWriter"/> writes a commented study. A template (Templates/*.yaml) is a set of these
/// answers with the reasons behind them; the interview starts from one and changes what the team answers.
/// Settable properties, because YamlDotNet reads templates into them; only our own embedded templates are read so.
/// </summary>
internal sealed record StudyAnswers
{
    /// <summary>The scenario's title in the list of templates (<c>tradeoff init --template</c>), or null for no template.</summary>
    public string? Title { get; init; }

    /// <summary>The study's name.</summary>
    public string Name { get; init; } = "My component";

    /// <summary>What the component is for (the model card's intended use), or null.</summary>
    public string? Description { get; init; }

    public ModelAnswers Model { get; init; } = new();

    public DataAnswers Data { get; init; } = new();

    public SystemAnswers System { get; init; } = new();

    public InfrastructureAnswers Infrastructure { get; init; } = new();

    public EnvironmentAnswers Environment { get; init; } = new();

    /// <summary>Quality ids the frontier is computed over; empty: the weighted qualities, interpretability aside.</summary>
    public List<string> Objectives { get; init; } = [];

    /// <summary>The priorities, by quality id; empty: derived from the answers (<see cref="StudyWriter"/>).</summary>
    public Dictionary<string, double> Weights { get; init; } = [];

    /// <summary>Why a template answers as it does, by answer key (<c>latency</c>, <c>retraining</c>...): written as comments.</summary>
    public Dictionary<string, string> Why { get; init; } = [];
}

/// <summary>The model view: what the model must do and how well.</summary>
internal sealed record ModelAnswers
{
    public const string Required = "required";
    public const string Preferred = "preferred";
    public const string NotNeeded = "not-needed";

    /// <summary><c>classification</c> or <c>regression</c>.</summary>
    public string Task { get; init; } = "classification";

    /// <summary>The least accuracy acceptable, as a constraint's right side (<c>baseline + 0.02</c>, <c>80%</c>), or null for none.</summary>
    public string? MinimumAccuracy { get; init; } = "baseline + 0.02";

    /// <summary>Whether a person must follow the model: <c>required</c>, <c>preferred</c> or <c>not-needed</c>.</summary>
    public string Interpretability { get; init; } = NotNeeded;
}

/// <summary>The data view: the file, the target, the protected attributes and how much data there is.</summary>
internal sealed record DataAnswers
{
    /// <summary>The data file as the study names it (relative to the study's folder).</summary>
    public string? Train { get; init; }

    /// <summary>The target column; null means the last column.</summary>
    public string? Target { get; init; }

    /// <summary>Protected attributes (columns) for fairness.</summary>
    public List<string> Protected { get; init; } = [];

    /// <summary>True when <see cref="Protected"/> was guessed from the column names rather than given.</summary>
    public bool ProtectedGuessed { get; init; }

    /// <summary>Rows of the data file, when it was read.</summary>
    public long? FileRows { get; init; }

    /// <summary>Rows the production model will be trained on, or null when not known.</summary>
    public long? Rows { get; init; }
}

/// <summary>The system view: how the model is used.</summary>
internal sealed record SystemAnswers
{
    /// <summary>Predictions per day in production, or null when not known.</summary>
    public long? PredictionsPerDay { get; init; }

    /// <summary>The slowest single prediction allowed at the 99th percentile (<c>1ms</c>), or null for none.</summary>
    public string? Latency { get; init; }

    /// <summary>The most one million predictions may cost in compute, in USD, or null for no limit.</summary>
    public double? CostPerMillion { get; init; }
}

/// <summary>The infrastructure view: training, updates and where the model runs.</summary>
internal sealed record InfrastructureAnswers
{
    public const string Continuous = "continuous";

    /// <summary>The retraining frequencies one may answer, rarest first.</summary>
    public static IReadOnlyList<string> Frequencies { get; } = ["never", "monthly", "weekly", "daily", "hourly", Continuous];

    /// <summary>The deployment targets one may answer.</summary>
    public static IReadOnlyList<string> Targets { get; } = ["server", "cloud", "phone", "embedded"];

    /// <summary>The longest one training may take (<c>10m</c>), or null for no limit.</summary>
    public string? TrainingBudget { get; init; }

    /// <summary>How often the model must absorb new data: one of <see cref="Frequencies"/>.</summary>
    public string Retraining { get; init; } = "monthly";

    /// <summary>Where the model runs: one of <see cref="Targets"/>.</summary>
    public string Deployment { get; init; } = "server";

    /// <summary>The largest model the deployment target takes (<c>1MB</c>), or null for no limit.</summary>
    public string? ModelSizeLimit { get; init; }

    /// <summary>The model-size limit a deployment target suggests, or null: a phone app's download, an embedded board's memory.</summary>
    public static string? SuggestedSizeLimit(string deployment) => deployment switch
    {
        "phone" => "1MB",
        "embedded" => "10MB",
        _ => null,
    };
}

/// <summary>The environment view: fairness and privacy.</summary>
internal sealed record EnvironmentAnswers
{
    /// <summary>True when the groups of the protected attributes must be treated alike.</summary>
    public bool Fairness { get; init; }

    /// <summary>The largest accuracy gap allowed between groups (a fraction).</summary>
    public double FairnessGap { get; init; } = 0.10;

    /// <summary>True when the training rows are personal and must not leak through the model.</summary>
    public bool Privacy { get; init; }

    /// <summary>The highest AUC a membership-inference attack may reach (0.5 is guessing).</summary>
    public double MembershipAuc { get; init; } = 0.6;
}
