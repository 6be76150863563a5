namespace Tradeoff.Selection;

/// <summary>
/// Seeded Dirichlet draws. Written here because the selection library depends on Core alone and needs only this:
/// gamma variates by Marsaglia and Tsang's method (normals by Box-Muller), normalized to sum 1.
/// </summary>
internal sealed class Dirichlet
{
    private readonly Random _random;

    public Dirichlet(int seed) => _random = new Random(seed);

    /// <summary>One draw; a zero parameter gives a zero component (that quality keeps no weight).</summary>
    public double[] Sample(double[] alpha)
    {
        var draw = new double[alpha.Length];
        var sum = 0.0;
        for (var k = 0; k < alpha.Length; k++)
        {
            draw[k] = alpha[k] > 0 ? Gamma(alpha[k]) : 0;
            sum += draw[k];
        }

        for (var k = 0; k < alpha.Length; k++)
        {
            draw[k] = sum > 0 ? draw[k] / sum : alpha[k] > 0 ? 1.0 / alpha.Count(a => a > 0) : 0;
        }

        return draw;
    }

    private double Gamma(double shape)
    {
        if (shape < 1)
        {
            // Boost a small shape: Gamma(a) = Gamma(a + 1) * U^(1/a).
            return Gamma(shape + 1) * Math.Pow(Uniform(), 1 / shape);
        }

        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal();
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = Uniform();
            if (Math.Log(u) < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    private double Uniform() => 1 - _random.NextDouble();

    private double Normal() => Math.Sqrt(-2 * Math.Log(Uniform())) * Math.Cos(2 * Math.PI * _random.NextDouble());
}
