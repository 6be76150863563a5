using Microsoft.ML;
using Microsoft.ML.Data;
using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.MLNet;

/// <summary>Turns an all-numeric (featurized) data set into the data view ML.NET trainers read.</summary>
internal static class MLNetData
{
    public const string FeaturesColumn = "Features";
    public const string LabelColumn = "Label";

    /// <summary>
    /// A data view with a fixed-size <c>Features</c> vector and a <c>Label</c>: bool (true for class 1) for binary,
    /// a key for multiclass, float for regression.
    /// </summary>
    public static IDataView Load(MLContext ml, Dataset data, CancellationToken token)
    {
        var width = data.FeatureCount;
        var columns = CodedRows.From(data);
        var target = data.Target.Values;
        switch (data.Task)
        {
            case TaskKind.BinaryClassification:
                return Load(ml, new RowSource<bool>(columns, Array.ConvertAll(target, v => v == 1f), token), width, null);
            case TaskKind.MulticlassClassification:
                // Keys are given by hand rather than by MapValueToKey, whose order follows first occurrence, so that
                // ML.NET's score slot k is our class k. A row object's key is 0-based: ML.NET stores it as k + 1.
                var keys = Array.ConvertAll(target, v => (uint)v);
                return Load(ml, new RowSource<uint>(columns, keys, token), width, new KeyDataViewType(typeof(uint), data.ClassCount));
            default:
                return Load(ml, new RowSource<float>(columns, (float[])target.Clone(), token), width, null);
        }
    }

    private static IDataView Load<TLabel>(MLContext ml, RowSource<TLabel> rows, int width, DataViewType? labelType)
    {
        var schema = SchemaDefinition.Create(typeof(LabeledRow<TLabel>));
        schema[nameof(LabeledRow<TLabel>.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        if (labelType is not null)
        {
            schema[nameof(LabeledRow<TLabel>.Label)].ColumnType = labelType;
        }

        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
