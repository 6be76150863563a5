using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>The one score protocol II compares: accuracy for classification, r2 for regression.</summary>
internal static class Scoring
{
    public static string Name(TaskKind task) => task.IsClassification() ? QualityIds.Accuracy : QualityIds.R2;

    public static double Score(Dataset data, float[] outputs) =>
        Metrics.Compute(Name(data.Task), PredictionSet.Of(data, outputs), Metrics.AllRows(data.RowCount));

    /// <summary>Outputs of <paramref name="rows"/> rows laid out row-major in <paramref name="matrix"/>.</summary>
    public static float[] Predict(IModel model, float[] matrix, int rows)
    {
        var outputs = new float[rows * model.OutputLength];
        model.PredictBatch(matrix, rows, outputs);
        return outputs;
    }

    /// <summary>The predicted class of each row (classification) or the value (regression).</summary>
    public static float[] Decisions(TaskKind task, int width, float[] outputs)
    {
        if (!task.IsClassification())
        {
            return outputs;
        }

        var rows = outputs.Length / width;
        var set = new PredictionSet(task, -1, width, new float[rows], outputs);
        var decisions = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            decisions[r] = set.PredictedClass(r);
        }

        return decisions;
    }
}
