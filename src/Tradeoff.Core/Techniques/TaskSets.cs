using System.Collections.Frozen;
using Tradeoff.Core.Data;

namespace Tradeoff.Core.Techniques;

/// <summary>The task sets techniques declare in their capabilities.</summary>
public static class TaskSets
{
    /// <summary>Binary and multiclass classification.</summary>
    public static IReadOnlySet<TaskKind> Classification { get; } =
        new[] { TaskKind.BinaryClassification, TaskKind.MulticlassClassification }.ToFrozenSet();

    /// <summary>Regression only.</summary>
    public static IReadOnlySet<TaskKind> Regression { get; } = new[] { TaskKind.Regression }.ToFrozenSet();

    /// <summary>Every task kind.</summary>
    public static IReadOnlySet<TaskKind> All { get; } = Enum.GetValues<TaskKind>().ToFrozenSet();
}
