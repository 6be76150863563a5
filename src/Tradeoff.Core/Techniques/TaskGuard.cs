using Tradeoff.Core.Data;

namespace Tradeoff.Core.Techniques;

/// <summary>The check every technique makes first: it refuses a task it does not declare.</summary>
public static class TaskGuard
{
    /// <summary>Throws <see cref="InputException"/> when <paramref name="technique"/> does not declare the task of <paramref name="data"/>.</summary>
    public static void EnsureSupported(ITechnique technique, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(technique);
        ArgumentNullException.ThrowIfNull(data);
        if (!technique.Capabilities.Tasks.Contains(data.Task))
        {
            throw new InputException($"technique '{technique.Id}' does not do {data.Task.ToId()}.");
        }
    }
}
