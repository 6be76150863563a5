using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Tradeoff.Techniques.Torch;

/// <summary>
/// Adam (Kingma and Ba 2015) with PyTorch's defaults and update order: the same operations as TorchSharp's
/// <c>optim.Adam</c> (no weight decay, no AMSGrad), so the weights it gives are the same bit for bit.
/// </summary>
/// <remarks>
/// Written here because TorchSharp's own step (0.107) passes libtorch numbers made on the fly from doubles
/// (<c>mul_(beta1)</c>, <c>add_(grad, alpha: 1 - beta1)</c>, and inside TorchSharp the 1 that <c>add_(eps)</c> scales by):
/// each is a <see cref="Scalar"/> with a finalizer and no reference left once its native handle is read, so a
/// collection on another thread can free it while libtorch is still reading it. libtorch then reads freed memory:
/// a failed check in <c>c10::Scalar</c>, or a wrong step. <c>AdamOptimizerTests</c> shows it: with another thread
/// collecting without pause, TorchSharp's Adam failed in 4 runs of 4 (30,000 steps each), this one in none of 6.
/// Every number here is a <see cref="Scalar"/> held until its call returns. (TorchSharp pull requests 1434 and 1496,
/// open, dispose such numbers at the call.)
/// </remarks>
internal sealed class AdamOptimizer : IDisposable
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    private readonly Parameter[] _parameters;
    private readonly Tensor[] _means;
    private readonly Tensor[] _squares;
    private readonly double _learningRate;
    private readonly Scalar _beta1 = Beta1;
    private readonly Scalar _oneMinusBeta1 = 1 - Beta1;
    private readonly Scalar _beta2 = Beta2;
    private readonly Scalar _oneMinusBeta2 = 1 - Beta2;
    private readonly Scalar _epsilon = Epsilon;

    // TorchSharp's add_(scalar) passes a 1 of its own as the scale, made on the fly like the others.
    private readonly Scalar _one = 1;
    private readonly int[] _steps;

    public AdamOptimizer(IEnumerable<Parameter> parameters, double learningRate)
    {
        _parameters = parameters.ToArray();
        _learningRate = learningRate;
        _means = _parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        _squares = _parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        _steps = new int[_parameters.Length];
    }

    /// <summary>Sets every parameter's gradient to zero before the next backward pass.</summary>
    public void ZeroGrad()
    {
        foreach (var parameter in _parameters)
        {
            using var grad = parameter.grad;
            grad?.zero_();
        }
    }

    /// <summary>One Adam update of every parameter that has a gradient (each counts its own steps, as TorchSharp's does).</summary>
    public void Step()
    {
        using var noGrad = no_grad();
        for (var i = 0; i < _parameters.Length; i++)
        {
            using var grad = _parameters[i].grad;
            if (grad is null)
            {
                continue;
            }

            var step = ++_steps[i];
            using Scalar rootCorrection2 = Math.Sqrt(1 - Math.Pow(Beta2, step));
            using Scalar stepSize = -(_learningRate / (1 - Math.Pow(Beta1, step)));
            _means[i].mul_(_beta1).add_(grad, _oneMinusBeta1);
            _squares[i].mul_(_beta2).addcmul_(grad, grad, _oneMinusBeta2);
            using var root = _squares[i].sqrt();
            using var denominator = root.div(rootCorrection2).add_(_epsilon, _one);
            _parameters[i].addcdiv_(_means[i], denominator, stepSize);
        }
    }

    public void Dispose()
    {
        foreach (var tensor in _means.Concat(_squares))
        {
            tensor.Dispose();
        }

        foreach (var scalar in new[] { _beta1, _oneMinusBeta1, _beta2, _oneMinusBeta2, _epsilon, _one })
        {
            scalar.Dispose();
        }
    }
}
