namespace Tradeoff.Store;

/// <summary>One line of <c>tradeoff runs</c>.</summary>
/// <param name="Id">The run id (<c>r0012</c>).</param>
/// <param name="StudyName">The study's name.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="FinishedAt">When it finished, was interrupted or failed; null while running (or after a kill).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Recommended">The recommended technique instance, when the run got that far.</param>
public sealed record RunSummary(string Id, string StudyName, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, RunStatus Status, string? Recommended);
