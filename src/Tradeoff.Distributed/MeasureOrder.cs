namespace Tradeoff.Distributed;

// Public because Hangfire serializes the job's arguments by reflection (Newtonsoft.Json) and a worker reads them back.

/// <summary>
/// One job of a distributed run: measure one technique instance of the run's study (with its configuration frontier)
/// and keep its results in the run. The study and the data go by content hash: the worker takes them from the store.
/// </summary>
/// <param name="RunId">The run in the team store that the results go to.</param>
/// <param name="Technique">The technique instance's name in the study.</param>
/// <param name="StudySha256">The hash of the study file's text, a blob in the store.</param>
/// <param name="Data">The study's data files, each a blob in the store.</param>
/// <param name="Quick">The run was asked with <c>--quick</c>.</param>
/// <param name="KeepModels">The run keeps its final models (<c>--keep-models</c>).</param>
/// <param name="ToolVersion">The Tradeoff build of the coordinator; a worker of another build refuses the job.</param>
public sealed record MeasureOrder(string RunId, string Technique, string StudySha256, IReadOnlyList<DataBlob> Data, bool Quick, bool KeepModels, string ToolVersion);

/// <summary>One data file of a distributed run.</summary>
/// <param name="Role">train or test (the keys of the environment's data hashes).</param>
/// <param name="Sha256">The hash of the file's bytes, its key among the store's blobs.</param>
/// <param name="Extension">The file's extension, by which its reader is chosen (.csv, .arff...).</param>
public sealed record DataBlob(string Role, string Sha256, string Extension);
