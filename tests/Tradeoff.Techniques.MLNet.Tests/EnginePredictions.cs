using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.MLNet.Tests;

/// <summary>What ML.NET's own prediction engine predicts for a linear model: the reference for its dot products.</summary>
internal static class EnginePredictions
{
    public static float[] Of(LinearModel model, Dataset featurized)
    {
        var width = featurized.FeatureCount;
        var k = model.OutputLength;
        var output = new float[featurized.RowCount * k];
        var input = new FeatureRow { Features = new float[width] };
        if (featurized.Task == TaskKind.MulticlassClassification)
        {
            using var engine = model.Context.Model.CreatePredictionEngine<FeatureRow, VectorOutput>(
                model.Transformer, true, MLNetData.FeatureSchema(width), MLNetData.VectorSchema("Score", k));
            for (var r = 0; r < featurized.RowCount; r++)
            {
                featurized.CopyRow(r, input.Features);
                engine.Predict(input).Values.CopyTo(output, r * k);
            }

            return output;
        }

        var column = featurized.Task == TaskKind.BinaryClassification ? "Probability" : "Score";
        using var scalar = model.Context.Model.CreatePredictionEngine<FeatureRow, ScalarOutput>(
            model.Transformer, true, MLNetData.FeatureSchema(width), MLNetData.ScalarSchema(column));
        for (var r = 0; r < featurized.RowCount; r++)
        {
            featurized.CopyRow(r, input.Features);
            var value = scalar.Predict(input).Value;
            if (k == 2)
            {
                output[r * 2] = 1f - value;
                output[(r * 2) + 1] = value;
            }
            else
            {
                output[r] = value;
            }
        }

        return output;
    }
}
