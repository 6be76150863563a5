using System.Numerics;
using System.Runtime.InteropServices;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Tradeoff.Techniques.Torch;

/// <summary>
/// Adam (Kingma and Ba 2015) with PyTorch's defaults and update order (no weight decay, no AMSGrad), in one pass over
/// each parameter's memory: per weight, the mean and the square of its gradient move, then the weight by the step.
/// </summary>
/// <remarks>
/// Written here, not TorchSharp's <c>optim.Adam</c> (0.107), for two reasons. Speed: its step is eight libtorch
/// calls per parameter (<c>mul_</c>, <c>add_</c>, <c>mul_</c>, <c>addcmul_</c>, <c>sqrt</c>, <c>div</c>, <c>add_</c>,
/// <c>addcdiv_</c>), each a pass over the tensor (the lecture's network's first layer alone is 940 KB of weights): its
/// update took 0.74 to 0.95 ms of a 2.8 to 3.4 ms step, this one 0.36 to 0.37 ms (docs/BENCHMARKS.md, "Adam in one
/// pass"). PyTorch fuses its own CPU Adam likewise (<c>fused=True</c>, since 2.4); libtorch's <c>_fused_adam_</c> is not
/// in TorchSharp, whose <c>Tensor.bytes</c> gives the memory to update in place. Safety: TorchSharp's step passes
/// libtorch numbers made on the fly from doubles, each a <c>Scalar</c> with a finalizer and no reference left once its
/// native handle is read, so a collection on another thread could free one while libtorch still read it (a failed
/// check in <c>c10::Scalar</c>, or a wrong step: 4 runs of 4 in <c>AdamOptimizerTests</c>); here no number goes to
/// libtorch at all.
/// The weights differ from TorchSharp's by float rounding only (its kernels may fuse a multiply and an add; this
/// loop never does), and do not depend on the threads or the machine's vector width: the vector loop and the scalar
/// loop for the last weights make the same operations in the same order (tested).
/// </remarks>
internal sealed class AdamOptimizer
{
    // PyTorch's defaults, once; the update runs in float, the bias corrections in double, as PyTorch computes them.
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const float Epsilon = 1e-8f;
    private const float FloatBeta1 = (float)Beta1;
    private const float FloatBeta2 = (float)Beta2;
    private const float OneMinusBeta1 = (float)(1 - Beta1);
    private const float OneMinusBeta2 = (float)(1 - Beta2);

    private readonly Parameter[] _parameters;
    private readonly float[][] _means;
    private readonly float[][] _squares;
    private readonly double _learningRate;
    private readonly int[] _steps;

    public AdamOptimizer(IEnumerable<Parameter> parameters, double learningRate)
    {
        _parameters = parameters.ToArray();
        foreach (var parameter in _parameters)
        {
            if (parameter.dtype != ScalarType.Float32 || parameter.device_type != TorchSharp.DeviceType.CPU || !parameter.is_contiguous())
            {
                throw new ArgumentException($"Adam here updates contiguous float32 CPU parameters; got {parameter.dtype} on {parameter.device_type}.", nameof(parameters));
            }
        }

        _learningRate = learningRate;
        _means = _parameters.Select(p => new float[p.numel()]).ToArray();
        _squares = _parameters.Select(p => new float[p.numel()]).ToArray();
        _steps = new int[_parameters.Length];
    }

    /// <summary>
    /// Clears every parameter's gradient before the next backward pass, which then stores its gradient as the
    /// parameter's own instead of adding it into a zeroed one: PyTorch's default since 2.0 (<c>zero_grad(set_to_none=True)</c>)
    /// and the advice of its performance tuning guide. The same values as zeroing (a sum with zero is the gradient
    /// itself), without zeroing each gradient's memory and reading and writing it again: a step of the
    /// lecture's network took 2.44 to 2.48 ms zeroing, 2.26 to 2.38 ms clearing (docs/BENCHMARKS.md, "Gradients cleared").
    /// </summary>
    public void ZeroGrad()
    {
        foreach (var parameter in _parameters)
        {
            parameter.grad = null;
        }
    }

    /// <summary>One Adam update of every parameter that has a gradient (each counts its own steps, as TorchSharp's does).</summary>
    public void Step()
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            using var grad = _parameters[i].grad;
            if (grad is null)
            {
                continue;
            }

            using var dense = grad.is_contiguous() ? null : grad.contiguous();
            var step = ++_steps[i];
            var rootCorrection2 = (float)Math.Sqrt(1 - Math.Pow(Beta2, step));
            var stepSize = (float)-(_learningRate / (1 - Math.Pow(Beta1, step)));
            // Tensor.bytes is the tensor's own memory (TorchSharp reads its data pointer), not a copy.
            var weights = MemoryMarshal.Cast<byte, float>(_parameters[i].bytes);
            var gradient = MemoryMarshal.Cast<byte, float>((dense ?? grad).bytes);
            Update(weights, gradient, _means[i], _squares[i], rootCorrection2, stepSize, vectors: true);
        }
    }

    /// <summary>
    /// The update of one parameter: <paramref name="vectors"/> runs the vector loop before the scalar one (a test runs
    /// the scalar loop alone to show both give the same floats).
    /// </summary>
    internal static void Update(Span<float> weights, ReadOnlySpan<float> gradient, Span<float> means, Span<float> squares, float rootCorrection2, float stepSize, bool vectors)
    {
        var i = 0;
        if (vectors && Vector.IsHardwareAccelerated)
        {
            var width = Vector<float>.Count;
            for (; i <= weights.Length - width; i += width)
            {
                var g = new Vector<float>(gradient[i..]);
                var m = (new Vector<float>(means[i..]) * FloatBeta1) + (g * OneMinusBeta1);
                var v = (new Vector<float>(squares[i..]) * FloatBeta2) + (g * OneMinusBeta2 * g);
                m.CopyTo(means[i..]);
                v.CopyTo(squares[i..]);
                var denominator = (Vector.SquareRoot(v) / rootCorrection2) + new Vector<float>(Epsilon);
                (new Vector<float>(weights[i..]) + ((m / denominator) * stepSize)).CopyTo(weights[i..]);
            }
        }

        for (; i < weights.Length; i++)
        {
            var g = gradient[i];
            var m = (means[i] * FloatBeta1) + (g * OneMinusBeta1);
            var v = (squares[i] * FloatBeta2) + (g * OneMinusBeta2 * g);
            means[i] = m;
            squares[i] = v;
            weights[i] += (m / ((MathF.Sqrt(v) / rootCorrection2) + Epsilon)) * stepSize;
        }
    }
}
