using MathNet.Numerics.Distributions;

namespace Tradeoff.Measurement.Tuning;

/// <summary>
/// The cost-frugal order of FLAML's CFO (Wu, Wang and Huang, "Frugal Optimization for Cost-related
/// Hyperparameters", AAAI 2021): start at the cheapest configuration and move by randomized direct search (FLOW2):
/// try the incumbent plus a step along a random direction, then minus it, and move only to a better score, halving
/// the step after 2^(d-1) consecutive failures. Costlier configurations are reached only when they pay, so a budget
/// is spent on cheap configurations first. Written here because no .NET library offers it (FLAML is Python).
/// </summary>
internal sealed class CostFrugalSearch : ISearchStrategy
{
    private const double MinimumStep = 0.01;
    private readonly Random _random;
    private readonly double[] _incumbent;
    private readonly int _patience;
    private readonly double _initialStep;
    private double _step;
    private double _best = double.NegativeInfinity;
    private double[]? _direction;
    private double[]? _proposed;
    private bool _started;
    private bool _restartPending;
    private bool _triedMinus;
    private int _failures;

    /// <param name="start">The cheapest point: each cost-moving setting at its cheap end, the others at their default.</param>
    /// <param name="seed">The seed of the random directions.</param>
    public CostFrugalSearch(double[] start, int seed)
    {
        _incumbent = (double[])start.Clone();
        _random = new Random(seed);
        _initialStep = _step = 0.1 * Math.Sqrt(start.Length);
        _patience = 1 << Math.Max(0, start.Length - 1);
    }

    public double[]? Next()
    {
        if (!_started)
        {
            _started = true;
            _proposed = (double[])_incumbent.Clone();
            return _proposed;
        }

        if (_restartPending)
        {
            // The new start itself is tried first; it becomes the incumbent whatever it scores.
            _restartPending = false;
            _proposed = (double[])_incumbent.Clone();
            return _proposed;
        }

        if (_direction is null || !_triedMinus)
        {
            _direction ??= RandomDirection();
            _proposed = Move(+1);
        }
        else
        {
            _proposed = Move(-1);
        }

        return _proposed;
    }

    public void Tell(double score)
    {
        if (_proposed is null)
        {
            return;
        }

        if (score > _best)
        {
            _best = score;
            _proposed.CopyTo(_incumbent, 0);
            _direction = null;
            _triedMinus = false;
            _failures = 0;
            return;
        }

        if (_direction is null)
        {
            return;
        }

        if (!_triedMinus)
        {
            _triedMinus = true;
            return;
        }

        // Both directions failed: a fresh direction next, and after enough failures a smaller step; once the step
        // is at its floor and still fails, the search has converged here and restarts from a random point, as
        // FLAML's CFO does, so that a budget of trials is not spent re-proposing the same configurations.
        _direction = null;
        _triedMinus = false;
        if (++_failures >= _patience)
        {
            _failures = 0;
            if (_step <= MinimumStep)
            {
                Restart();
            }
            else
            {
                _step = Math.Max(MinimumStep, _step / 2);
            }
        }
    }

    private void Restart()
    {
        for (var i = 0; i < _incumbent.Length; i++)
        {
            _incumbent[i] = _random.NextDouble();
        }

        _step = _initialStep;
        _best = double.NegativeInfinity;
        _restartPending = true;
    }

    private double[] Move(int sign)
    {
        var point = new double[_incumbent.Length];
        for (var i = 0; i < point.Length; i++)
        {
            point[i] = Math.Clamp(_incumbent[i] + (sign * _step * _direction![i]), 0, 1);
        }

        return point;
    }

    // Uniform on the unit sphere: normalized standard normal coordinates.
    private double[] RandomDirection()
    {
        var direction = new double[_incumbent.Length];
        var norm = 0.0;
        for (var i = 0; i < direction.Length; i++)
        {
            direction[i] = Normal.Sample(_random, 0, 1);
            norm += direction[i] * direction[i];
        }

        norm = Math.Sqrt(norm);
        for (var i = 0; i < direction.Length; i++)
        {
            direction[i] = norm > 0 ? direction[i] / norm : 1.0 / Math.Sqrt(direction.Length);
        }

        return direction;
    }
}
