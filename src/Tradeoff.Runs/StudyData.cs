using Tradeoff.Core.Data;
using Tradeoff.Core.Data.Loading;
using Tradeoff.Core.Studies;

namespace Tradeoff.Runs;

/// <summary>The data of a study, loaded: training data and, when the study gives one, a test set with the same schema.</summary>
public sealed record StudyData(Dataset Train, Dataset? Test, IReadOnlyDictionary<string, string> Files)
{
    /// <summary>
    /// Loads the study's data, resolving paths relative to the study file. <see cref="Files"/> names every file read,
    /// by role, as <see cref="FilesOf"/> does.
    /// </summary>
    /// <param name="study">The study.</param>
    /// <param name="fashionMnistFolder">Where the four files of <c>fashion-mnist</c> are; null for the Debian package's folder.</param>
    public static StudyData Load(Study study, string? fashionMnistFolder = null)
    {
        ArgumentNullException.ThrowIfNull(study);
        var spec = study.Data;
        var files = FilesOf(study, fashionMnistFolder);
        if (DataLoader.IsFashionMnist(spec.Train))
        {
            var (trainTable, testTable) = DataLoader.LoadFashionMnist(fashionMnistFolder);
            var train = DatasetBuilder.Build(trainTable, spec.Target, spec.Task, spec.Positive);
            var test = DatasetBuilder.BuildTest(train, testTable);
            // The files, not the tables' display names: the environment probe hashes every data file of a run.
            return new StudyData(train, test, files);
        }

        var trainData = DatasetBuilder.Build(DataLoader.Load(files["train"], spec.Train), spec.Target, spec.Task, spec.Positive);
        Dataset? testData = null;
        if (spec.Test is not null)
        {
            testData = DatasetBuilder.BuildTest(trainData, DataLoader.Load(files["test"], spec.Test));
        }

        return new StudyData(trainData, testData, files);
    }

    /// <summary>
    /// Every data file the study's run reads, by role (the keys of the environment's data hashes), without reading
    /// them: <c>train</c>, <c>test</c>, and an IDX file's partner as <c>train-labels</c> (or <c>train-images</c>), as
    /// the four files of <c>fashion-mnist</c> are named. The files a run hashes, sends to workers, and never writes over.
    /// </summary>
    /// <param name="study">The study.</param>
    /// <param name="fashionMnistFolder">Where the four files of <c>fashion-mnist</c> are; null for the Debian package's folder.</param>
    /// <exception cref="Core.InputException">A path leads outside the study's folder.</exception>
    public static IReadOnlyDictionary<string, string> FilesOf(Study study, string? fashionMnistFolder = null)
    {
        ArgumentNullException.ThrowIfNull(study);
        if (DataLoader.IsFashionMnist(study.Data.Train))
        {
            return DataLoader.FashionMnistFiles(fashionMnistFolder);
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        Resolve(study, "train", study.Data.Train, files);
        if (study.Data.Test is not null)
        {
            Resolve(study, "test", study.Data.Test, files);
        }

        return files;
    }

    // The file of a role and the IDX partner it is read with, both hashed into the run's environment (a labels file
    // that changes changes the data as much as its images file does) and both sent to a distributed run's workers.
    private static void Resolve(Study study, string role, string written, Dictionary<string, string> files)
    {
        var path = study.ResolvePath(written);
        files[role] = path;
        if (DataLoader.IdxPartner(path) is { } partner)
        {
            // Under the study-folder rule too: a partner that is a link out of the folder is refused, not read.
            files[$"{role}-{partner.Part}"] = study.ResolvePath(partner.Path);
        }
    }
}
