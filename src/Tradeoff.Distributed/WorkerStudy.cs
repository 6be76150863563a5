using Tradeoff.Core.Data.Loading;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Runs;

namespace Tradeoff.Distributed;

/// <summary>
/// A job's study on a worker: the study as the coordinator read it, reading the worker's copies of its files (see
/// <see cref="WorkerFiles"/>): its data paths and its brought models' files point at them, and <c>fashion-mnist</c>
/// is read from the folder of its four copies.
/// </summary>
/// <param name="Study">The study to measure.</param>
/// <param name="FashionMnistFolder">Where <c>fashion-mnist</c> is read (<see cref="StudyRunner.FashionMnistFolder"/>), or null for other data.</param>
internal sealed record WorkerStudy(Study Study, string? FashionMnistFolder)
{
    /// <summary>Takes the study and the files of <paramref name="order"/> into <paramref name="files"/>.</summary>
    public static WorkerStudy Of(MeasureOrder order, WorkerFiles files, TechniqueCatalog catalog)
    {
        var local = files.Place(order.Files);
        var study = StudyFiles.Read(files.Study(order.StudySha256), catalog);
        study = study with
        {
            Techniques = study.Techniques.Select(t => local.TryGetValue(RunFiles.Model(t.Name), out var model) ? t with { Brought = t.Brought! with { Source = model } } : t).ToList(),
            Protocol = study.Protocol with { Quick = study.Protocol.Quick || order.Quick },
        };
        return DataLoader.IsFashionMnist(study.Data.Train)
            ? new WorkerStudy(study, Path.GetDirectoryName(local["train"]))
            : new WorkerStudy(study with { Data = study.Data with { Train = local["train"], Test = local.GetValueOrDefault("test") } }, null);
    }
}
