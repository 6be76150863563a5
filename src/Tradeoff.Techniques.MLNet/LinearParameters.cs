using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Tradeoff.Techniques.MLNet;

/// <summary>
/// The coefficients of a trained ML.NET linear model, copied into flat arrays so that one row is predicted with dot
/// products and no allocation, plus the ML.NET parameters object that a warm start continues from.
/// </summary>
internal sealed class LinearParameters
{
    private LinearParameters(LinearOutput output, int width, float[] weights, float[] biases, PlattCalibrator? calibrator, object warmStart)
    {
        Output = output;
        Width = width;
        Weights = weights;
        Biases = biases;
        Calibrator = calibrator;
        WarmStart = warmStart;
    }

    public LinearOutput Output { get; }

    public int Width { get; }

    /// <summary>Row-major: one row of <see cref="Width"/> weights per score.</summary>
    public float[] Weights { get; }

    /// <summary>One bias per score.</summary>
    public float[] Biases { get; }

    /// <summary>The sigmoid of logistic regression (ML.NET fits it with slope -1 and offset 0); null otherwise.</summary>
    public PlattCalibrator? Calibrator { get; }

    /// <summary>The <see cref="LinearModelParameters"/> or <see cref="MaximumEntropyModelParameters"/> to warm-start from.</summary>
    public object WarmStart { get; }

    public int ScoreCount => Biases.Length;

    /// <summary>Reads the parameters of a fitted or loaded logistic, maximum-entropy or linear regression transformer.</summary>
    public static LinearParameters From(ITransformer transformer, int width)
    {
        var model = (transformer as IPredictionTransformer<object>)?.Model;
        switch (model)
        {
            case CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated:
                var linear = calibrated.SubModel;
                return new LinearParameters(LinearOutput.Sigmoid, width, Dense(linear.Weights, width), [linear.Bias], calibrated.Calibrator, linear);
            case MaximumEntropyModelParameters entropy:
                VBuffer<float>[] rows = [];
                entropy.GetWeights(ref rows, out var classes);
                var weights = new float[classes * width];
                for (var c = 0; c < classes; c++)
                {
                    // GetWeights may return sparse buffers (L1 zeroes coefficients): densify.
                    rows[c].CopyTo(weights.AsSpan(c * width, width));
                }

                return new LinearParameters(LinearOutput.Softmax, width, weights, entropy.GetBiases().ToArray(), null, entropy);
            case LinearRegressionModelParameters regression:
                return new LinearParameters(LinearOutput.Identity, width, Dense(regression.Weights, width), [regression.Bias], null, regression);
            default:
                throw new InvalidDataException($"Not an ML.NET linear model: {model?.GetType().Name ?? transformer.GetType().Name}.");
        }
    }

    private static float[] Dense(IReadOnlyList<float> weights, int width)
    {
        if (weights.Count != width)
        {
            throw new InvalidDataException($"The linear model has {weights.Count} weights for {width} features.");
        }

        return [.. weights];
    }
}
