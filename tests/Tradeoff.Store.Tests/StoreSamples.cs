using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Store.Tests;

/// <summary>Runs and technique results built in code, with every field set.</summary>
internal static class StoreSamples
{
    public const string StudySha = "5f2b6c0e9a1d4e7f8a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f";

    public static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 30, 15, 123, TimeSpan.Zero);

    public static RunRecord Run(string name = "Credit scoring", string studySha = StudySha, string trainSha = "aa11") => new()
    {
        StudyName = name,
        StudyText = "name: " + name + "\ndata: { train: credit.arff, target: class }\n",
        StudySha256 = studySha,
        DataSha256 = new Dictionary<string, string> { ["train"] = trainSha, ["test"] = "bb22" },
        Environment = new EnvironmentInfo
        {
            Os = "Debian 12",
            Cpu = "Test CPU @ 2.0GHz",
            Cores = 2,
            MemoryBytes = 8L << 30,
            Runtime = ".NET 10.0.0",
            Configuration = "Release",
            Libraries = new Dictionary<string, string> { ["Tradeoff"] = "0.1.0", ["Microsoft.ML"] = "5.0.1" },
            Threading = new Dictionary<string, string> { ["OMP_WAIT_POLICY"] = "PASSIVE" },
            DataSha256 = new Dictionary<string, string> { ["credit.arff"] = trainSha },
            Seed = 42,
            StartedAt = Start,
            Warnings = ["energy is an estimate"],
        },
        StartedAt = Start,
        ToolVersion = "0.1.0",
    };

    public static TechniqueResult Technique(string name = "tree", int variant = 0) => new()
    {
        Name = name,
        TechniqueId = "decision-tree",
        Settings = new Dictionary<string, string> { ["max-depth"] = "5", ["criterion"] = "gini" },
        Capabilities = ["interpretable", "handles-missing"],
        Status = TechniqueStatus.Measured,
        Message = variant == 0 ? null : "variant " + variant.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Qualities = new Dictionary<string, QualityValue>
        {
            ["accuracy"] = new()
            {
                Value = 0.75 + (variant * 0.001),
                Unit = "fraction",
                Direction = Direction.HigherIsBetter,
                Std = 0.0123,
                Lower = 0.73,
                Upper = 0.77,
                SampleCount = 5,
                Protocol = "stratified 5-fold cross-validation, seed 42",
                Samples = [0.74, 0.76, 0.75, 0.73, 0.77],
                Note = "best",
            },
            ["latency.p99"] = new()
            {
                Value = 12.5,
                Unit = "us",
                Direction = Direction.LowerIsBetter,
                SampleCount = 4,
                Samples = [10.0, 11.0, double.NaN, double.PositiveInfinity],
                Details = new Dictionary<string, double> { ["p50"] = 3.25, ["nan"] = double.NaN, ["inf"] = double.NegativeInfinity },
            },
            ["energy.train"] = new()
            {
                Value = 1e-300,
                Unit = "J",
                Direction = Direction.LowerIsBetter,
                Estimated = true,
                Samples = [],
            },
            ["fairness.accuracy-gap"] = QualityValue.Unavailable("fraction", "no protected attribute given") with { Direction = Direction.LowerIsBetter },
            ["parameters"] = new() { Value = double.PositiveInfinity, Unit = "count", Direction = Direction.None },
        },
        MeasurementSeconds = new Dictionary<string, double> { ["accuracy"] = 1.5, ["latency"] = 0.25 },
        // Ticks below the millisecond, so that the round trip must keep the time exactly.
        MeasuredIn = new MeasuredIn { RunId = "r0007", At = Start.AddTicks(1_234_567), EnvironmentFingerprint = Run().Environment.Fingerprint },
    };
}
