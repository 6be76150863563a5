using Tradeoff.Core;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Runs;

namespace Tradeoff.Distributed;

/// <summary>
/// The files a distributed run's study reads, which its workers are sent through the store: every data file the run
/// loaded (an IDX file's partner and the four files of <c>fashion-mnist</c> included) and each brought ONNX model's
/// file. A brought command is not among them: its program and what it reads are unknown (the run refuses it).
/// </summary>
internal static class RunFiles
{
    private const string ModelRole = "model:";

    /// <summary>The role of the file of the brought model <paramref name="technique"/>.</summary>
    public static string Model(string technique) => ModelRole + technique;

    /// <summary>Uploads the files of <paramref name="study"/> and <paramref name="data"/> (one not already kept is sent).</summary>
    /// <exception cref="InputException">A data file changed since the run loaded it (its hash is not the one in <paramref name="environment"/>).</exception>
    public static IReadOnlyList<DataBlob> Upload(DataBlobs blobs, Study study, StudyData data, EnvironmentInfo environment)
    {
        return data.Files.Concat(Models(study)).Select(file => Upload(blobs, file.Key, file.Value, environment)).ToList();
    }

    /// <summary>The files of the study's brought ONNX models, by role (<see cref="Model"/>).</summary>
    public static IReadOnlyDictionary<string, string> Models(Study study) =>
        study.Techniques.Where(t => t.Brought is { Kind: BroughtKind.Onnx }).ToDictionary(t => Model(t.Name), t => t.Brought!.Source, StringComparer.Ordinal);

    // The file as uploaded must be the file the run loaded: a file changed meanwhile would give workers other data.
    private static DataBlob Upload(DataBlobs blobs, string role, string path, EnvironmentInfo environment)
    {
        var sha256 = blobs.Upload(File.ReadAllBytes(path));
        if (environment.DataSha256.TryGetValue(role, out var loaded) && loaded != sha256)
        {
            throw new InputException($"{path}: the file changed while the run started (its hash is now {sha256}, the run loaded {loaded}); start the run again.");
        }

        return new DataBlob(role, sha256, Path.GetFullPath(path));
    }
}
