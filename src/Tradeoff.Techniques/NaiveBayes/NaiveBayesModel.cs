using System.Numerics.Tensors;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.NaiveBayes;

/// <summary>
/// Naive Bayes over its sufficient statistics: a Gaussian per class and numeric feature (variance plus a floor of
/// <c>var-smoothing</c> times the largest feature variance, as scikit-learn's GaussianNB), Laplace-smoothed level
/// frequencies per class and nominal feature (as CategoricalNB). The posterior is summed in log space and
/// normalized with a softmax. A missing value contributes nothing: the feature is left out of that row's product.
/// </summary>
internal sealed partial class NaiveBayesModel : IModel, IExplainableModel
{
    private readonly int _classes;
    private readonly int _numeric;
    private readonly double[] _logPrior;

    // [class x numeric features]: the mean, 1 / (2 variance) and -log(2 pi variance) / 2. A class that saw no
    // value of a feature has weight and normalizer 0, so the feature is neutral for it.
    private readonly double[] _means;
    private readonly double[] _weights;
    private readonly double[] _logNormalizers;

    // Per class: log prior plus every normalizer, the constant of a row without missing values.
    private readonly double[] _constants;

    // [class x all levels]: log of the smoothed level frequency.
    private readonly double[] _logLevels;

    // Reused by Predict: a model is not used from two threads at once.
    private readonly double[] _row;
    private readonly double[] _difference;
    private readonly double[] _scores;

    public NaiveBayesModel(NaiveBayesStatistics statistics, double alpha, double varSmoothing)
    {
        Statistics = statistics;
        Alpha = alpha;
        VarSmoothing = varSmoothing;
        var schema = statistics.Schema;
        _classes = schema.ClassCount;
        _numeric = schema.NumericFeatures.Length;
        var rows = statistics.ClassRows.Sum();
        _logPrior = statistics.ClassRows.Select(n => Math.Log(n / rows)).ToArray();
        VarianceFloor = Floor(statistics, varSmoothing);
        _means = (double[])statistics.Mean.Clone();
        _weights = new double[_means.Length];
        _logNormalizers = new double[_means.Length];
        _constants = (double[])_logPrior.Clone();
        for (var c = 0; c < _classes; c++)
        {
            for (var j = 0; j < _numeric; j++)
            {
                var slot = (c * _numeric) + j;
                var n = statistics.Count[slot];
                if (n > 0)
                {
                    var variance = (statistics.Squares[slot] / n) + VarianceFloor;
                    _weights[slot] = 1 / (2 * variance);
                    _logNormalizers[slot] = -0.5 * Math.Log(2 * Math.PI * variance);
                    _constants[c] += _logNormalizers[slot];
                }
            }
        }

        _logLevels = LevelTable(statistics, alpha);
        _row = new double[_numeric];
        _difference = new double[_numeric];
        _scores = new double[_classes];
    }

    public NaiveBayesStatistics Statistics { get; }

    /// <summary>Laplace smoothing of level frequencies.</summary>
    public double Alpha { get; }

    /// <summary>The variance floor as a fraction of the largest feature variance.</summary>
    public double VarSmoothing { get; }

    /// <summary>The variance added to every class variance.</summary>
    public double VarianceFloor { get; }

    public int OutputLength => _classes;

    /// <summary>The fitted tables as prediction reads them (for a writer of the model in another form).</summary>
    internal (double[] LogPrior, double[] Means, double[] Weights, double[] LogNormalizers, double[] LogLevels) Tables =>
        (_logPrior, _means, _weights, _logNormalizers, _logLevels);

    /// <summary>
    /// Priors, a mean and a variance per class and numeric feature, a frequency per class and level. The variance
    /// floor is folded into each variance, so it is not counted apart.
    /// </summary>
    public long ParameterCount => _classes + (2L * _means.Length) + _logLevels.Length;

    public IReadOnlyDictionary<string, double> Complexity => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["classes"] = _classes,
        ["features"] = Statistics.Schema.Features.Length,
        ["statistics"] = ParameterCount,
    };

    public void Predict(ReadOnlySpan<float> features, Span<float> output)
    {
        var schema = Statistics.Schema;
        var numeric = schema.NumericFeatures;
        var missing = false;
        for (var j = 0; j < numeric.Length; j++)
        {
            var v = features[numeric[j]];
            missing |= float.IsNaN(v);
            _row[j] = v;
        }

        for (var c = 0; c < _classes; c++)
        {
            _scores[c] = missing ? NumericScoreWithMissing(c) : NumericScore(c);
        }

        AddNominalScores(features);
        Normalize(output);
    }

    public void Dispose()
    {
    }

    // The vectorized sum of -(x - mean)^2 / (2 variance) over every numeric feature.
    private double NumericScore(int c)
    {
        if (_numeric == 0)
        {
            return _constants[c];
        }

        var means = _means.AsSpan(c * _numeric, _numeric);
        TensorPrimitives.Subtract(_row, means, _difference);
        TensorPrimitives.Multiply(_difference, _difference, _difference);
        return _constants[c] - TensorPrimitives.Dot<double>(_difference, _weights.AsSpan(c * _numeric, _numeric));
    }

    private double NumericScoreWithMissing(int c)
    {
        var score = _logPrior[c];
        for (var j = 0; j < _numeric; j++)
        {
            var x = _row[j];
            if (!double.IsNaN(x))
            {
                var slot = (c * _numeric) + j;
                var d = x - _means[slot];
                score += _logNormalizers[slot] - (d * d * _weights[slot]);
            }
        }

        return score;
    }

    private void AddNominalScores(ReadOnlySpan<float> features)
    {
        var schema = Statistics.Schema;
        var nominal = schema.NominalFeatures;
        for (var k = 0; k < nominal.Length; k++)
        {
            var v = features[nominal[k]];
            var levels = schema.Levels[nominal[k]].Length;
            if (float.IsNaN(v) || v < 0 || v >= levels)
            {
                continue;
            }

            var column = schema.LevelOffsets[k] + (int)v;
            for (var c = 0; c < _classes; c++)
            {
                _scores[c] += _logLevels[(c * schema.TotalLevels) + column];
            }
        }
    }

    // Softmax over the log scores. When every class scores log 0 (alpha 0 and a level no class has seen with
    // every class), the row carries no usable evidence and the priors are returned.
    private void Normalize(Span<float> output)
    {
        var max = TensorPrimitives.Max<double>(_scores);
        if (double.IsNegativeInfinity(max) || double.IsNaN(max))
        {
            for (var c = 0; c < _classes; c++)
            {
                _scores[c] = _logPrior[c];
            }

            max = TensorPrimitives.Max<double>(_scores);
        }

        var sum = 0.0;
        for (var c = 0; c < _classes; c++)
        {
            _scores[c] = Math.Exp(_scores[c] - max);
            sum += _scores[c];
        }

        for (var c = 0; c < _classes; c++)
        {
            output[c] = (float)(_scores[c] / sum);
        }
    }
}
