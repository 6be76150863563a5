using Microsoft.ML;
using Microsoft.ML.Data;
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
                transformer, true, FeatureSchema(width), VectorSchema("Score", k));
            for (var r = 0; r < featurized.RowCount; r++)
            {
                featurized.CopyRow(r, input.Features);
                engine.Predict(input).Values.CopyTo(output, r * k);
            }

            return output;
        }

        var column = featurized.Task == TaskKind.BinaryClassification ? "Probability" : "Score";
        using var scalar = ml.Model.CreatePredictionEngine<FeatureRow, ScalarOutput>(
            transformer, true, FeatureSchema(width), ScalarSchema(column));
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

    /// <summary>The schema definition of a prediction engine's input row with <paramref name="width"/> features.</summary>
    private static SchemaDefinition FeatureSchema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }

    /// <summary>The schema definition of a scalar output bound to the column <paramref name="column"/>.</summary>
    private static SchemaDefinition ScalarSchema(string column)
    {
        var schema = SchemaDefinition.Create(typeof(ScalarOutput));
        schema[0].ColumnName = column;
        return schema;
    }

    /// <summary>The schema definition of a vector output of <paramref name="length"/> bound to <paramref name="column"/>.</summary>
    private static SchemaDefinition VectorSchema(string column, int length)
    {
        var schema = SchemaDefinition.Create(typeof(VectorOutput));
        // Indexed by position: the by-name indexer looks the column name up, which is being changed.
        schema[0].ColumnName = column;
        schema[0].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        return schema;
    }
}
