using Tradeoff.Core.Data;
using Tradeoff.Core.Features;

namespace Tradeoff.Export.Prediction;

/// <summary>Tradeoff's own model file, predicting in process as the run measured it.</summary>
internal sealed class NativePredictor(FeaturizedModel model, ExportSchema schema) : IPredictor
{
    public IReadOnlyList<string> Classes => schema.IsClassification ? schema.Classes : [];

    public int OutputLength => model.OutputLength;

    public float[] Predict(DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = DatasetBuilder.BuildFeatures(schema.FeatureColumns, table);
        var rows = table.RowCount;
        var matrix = new float[(long)rows * columns.Length];
        for (var f = 0; f < columns.Length; f++)
        {
            for (var r = 0; r < rows; r++)
            {
                matrix[((long)r * columns.Length) + f] = columns[f].Values[r];
            }
        }

        var output = new float[(long)rows * OutputLength];
        model.PredictBatch(matrix, rows, output);
        return output;
    }

    public void Dispose() => model.Dispose();
}
