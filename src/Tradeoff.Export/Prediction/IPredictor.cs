using Tradeoff.Core.Data;

namespace Tradeoff.Export.Prediction;

/// <summary>An exported model that predicts the rows of a data file: class probabilities (classes) or values.</summary>
internal interface IPredictor : IDisposable
{
    /// <summary>The class names in output order; empty for regression.</summary>
    IReadOnlyList<string> Classes { get; }

    /// <summary>Outputs per row: the class count, or 1 for regression.</summary>
    int OutputLength { get; }

    /// <summary>Predicts every row of <paramref name="table"/>, row-major.</summary>
    /// <exception cref="Core.InputException">A column the model takes is absent or of the wrong kind.</exception>
    float[] Predict(DataTable table);
}
