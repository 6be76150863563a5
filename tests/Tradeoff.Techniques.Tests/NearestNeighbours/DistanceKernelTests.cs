using System.Numerics.Tensors;
using Tradeoff.Techniques.NearestNeighbours;

namespace Tradeoff.Techniques.Tests.NearestNeighbours;

public sealed class DistanceKernelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(37)]
    [InlineData(784)]
    public void Should_agree_with_TensorPrimitives_and_between_grouped_and_single_pairs(int width)
    {
        // Given a shared vector and eight others of an awkward width, from a fixed seed
        var random = new Random(width);
        var shared = Enumerable.Range(0, width).Select(_ => (float)random.NextDouble()).ToArray();
        var others = Enumerable.Range(0, 8 * width).Select(_ => (float)random.NextDouble()).ToArray();
        var grouped = new float[8];

        // When the eight distances are computed together and one by one
        DistanceKernel.SquaredDistances8(shared, others, width, grouped);

        for (var k = 0; k < 8; k++)
        {
            var other = others.AsSpan(k * width, width);
            var expected = TensorPrimitives.Distance(shared, other);
            // Then they are the squared Euclidean distance, and bit for bit the same either way
            Assert.Equal(expected * expected, grouped[k], expected * expected * 1e-5f);
            Assert.Equal(DistanceKernel.SquaredDistance(shared, other), grouped[k]);
            Assert.Equal(DistanceKernel.SquaredDistance(other, shared), grouped[k]);
        }
    }
}
