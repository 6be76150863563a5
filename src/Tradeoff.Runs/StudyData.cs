using Tradeoff.Core.Data;
using Tradeoff.Core.Data.Loading;
using Tradeoff.Core.Studies;

namespace Tradeoff.Runs;

/// <summary>The data of a study, loaded: training data and, when the study gives one, a test set with the same schema.</summary>
public sealed record StudyData(Dataset Train, Dataset? Test, IReadOnlyDictionary<string, string> Files)
{
    /// <summary>Loads the study's data, resolving paths relative to the study file.</summary>
    public static StudyData Load(Study study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var spec = study.Data;
        if (string.Equals(spec.Train, "fashion-mnist", StringComparison.Ordinal))
        {
            var (trainTable, testTable) = DataLoader.LoadFashionMnist();
            var train = DatasetBuilder.Build(trainTable, spec.Target, spec.Task, spec.Positive);
            var test = DatasetBuilder.BuildTest(train, testTable);
            // The files, not the tables' display names: the environment probe hashes every data file of a run.
            return new StudyData(train, test, DataLoader.FashionMnistFiles());
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var trainPath = study.ResolvePath(spec.Train);
        files["train"] = trainPath;
        var trainData = DatasetBuilder.Build(DataLoader.Load(trainPath, spec.Train), spec.Target, spec.Task, spec.Positive);
        Dataset? testData = null;
        if (spec.Test is not null)
        {
            var testPath = study.ResolvePath(spec.Test);
            files["test"] = testPath;
            testData = DatasetBuilder.BuildTest(trainData, DataLoader.Load(testPath, spec.Test));
        }

        return new StudyData(trainData, testData, files);
    }
}
