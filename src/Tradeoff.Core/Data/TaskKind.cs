namespace Tradeoff.Core.Data;

/// <summary>What a component predicts.</summary>
public enum TaskKind
{
    /// <summary>One of two classes.</summary>
    BinaryClassification,

    /// <summary>One of three or more classes.</summary>
    MulticlassClassification,

    /// <summary>A real number.</summary>
    Regression,
}

/// <summary>Helpers on <see cref="TaskKind"/>.</summary>
public static class TaskKindExtensions
{
    /// <summary>True for binary and multiclass classification.</summary>
    public static bool IsClassification(this TaskKind task) => task != TaskKind.Regression;

    /// <summary>The stable kebab-case id used in study files, JSON and reports.</summary>
    public static string ToId(this TaskKind task) => task switch
    {
        TaskKind.BinaryClassification => "binary-classification",
        TaskKind.MulticlassClassification => "multiclass-classification",
        _ => "regression",
    };
}
