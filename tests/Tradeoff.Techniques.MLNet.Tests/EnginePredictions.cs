using Microsoft.ML;
using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.MLNet.Tests;

/// <summary>What ML.NET's own prediction engine predicts: the reference for the adapters' own prediction code.</summary>
internal static class EnginePredictions
{
    public static float[] Of(LinearModel model, Dataset featurized) => Of(model.Context, model.Transformer, model.OutputLength, featurized);

    public static float[] Of(BoostedTreesModel model, Dataset featurized) => Of(model.Context, model.Transformer, model.OutputLength, featurized);

    private static float[] Of(MLContext ml, ITransformer transformer, int k, Dataset featurized)
    {
        var width = featurized.FeatureCount;
        var output = new float[featurized.RowCount * k];
        var input = new FeatureRow { Features = new float[width] };
        if (featurized.Task == TaskKind.MulticlassClassification)
        {
            using var engine = ml.Model.CreatePredictionEngine<FeatureRow, VectorOutput>(
                transformer, true, MLNetData.FeatureSchema(width), MLNetData.VectorSchema("Score", k));
            for (var r = 0; r < featurized.RowCount; r++)
            {
                featurized.CopyRow(r, input.Features);
                engine.Predict(input).Values.CopyTo(output, r * k);
            }

            return output;
        }

        var column = featurized.Task == TaskKind.BinaryClassification ? "Probability" : "Score";
        using var scalar = ml.Model.CreatePredictionEngine<FeatureRow, ScalarOutput>(
            transformer, true, MLNetData.FeatureSchema(width), MLNetData.ScalarSchema(column));
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
