namespace Tradeoff.Distributed;

// Public because Hangfire serializes the job's arguments by reflection (Newtonsoft.Json) and a worker reads them back.

/// <summary>
/// One job of a distributed run: measure one technique instance of the run's study (with its configuration frontier)
/// and keep its results in the run. The study and the files it reads go by content hash: the worker takes them from
/// the store.
/// </summary>
/// <param name="RunId">The run in the team store that the results go to.</param>
/// <param name="Technique">The technique instance's name in the study.</param>
/// <param name="StudySha256">The hash of the study file's text, a blob in the store.</param>
/// <param name="Files">The files the study reads (its data, brought models), each a blob in the store.</param>
/// <param name="Quick">The run was asked with <c>--quick</c>.</param>
/// <param name="KeepModels">The run keeps its final models (<c>--keep-models</c>).</param>
/// <param name="ToolVersion">The Tradeoff build of the coordinator; a worker of another build refuses the job.</param>
public sealed record MeasureOrder(string RunId, string Technique, string StudySha256, IReadOnlyList<DataBlob> Files, bool Quick, bool KeepModels, string ToolVersion);

/// <summary>One file a distributed run's study reads: a data file or a brought model's file.</summary>
/// <param name="Role">
/// What the study reads it as: a data role (<c>train</c>, <c>test</c>, an IDX file's partner <c>train-labels</c>...,
/// the keys of the environment's data hashes) or <c>model:NAME</c>, the file of the brought model NAME.
/// </param>
/// <param name="Sha256">The hash of the file's bytes, its key among the store's blobs.</param>
/// <param name="Path">The file's full path on the coordinator, which a worker's copy keeps under a folder of its own.</param>
public sealed record DataBlob(string Role, string Sha256, string Path);
