using System.Globalization;
using Tradeoff.Core;

namespace Tradeoff.Techniques.Torch;

/// <summary>The shape of one image, channels x height x width, as its pixels are laid out in a row (channel-major).</summary>
internal readonly record struct ImageShape(int Channels, int Height, int Width)
{
    public int Pixels => Channels * Height * Width;

    /// <summary>
    /// The shape of rows of <paramref name="featureCount"/> features: <paramref name="declared"/> ([height, width] or
    /// [channels, height, width]) when given, else a square grey image when the count is a square number.
    /// </summary>
    /// <exception cref="InputException">The features are not such an image; the message says why.</exception>
    public static ImageShape Of(IReadOnlyList<int> declared, int featureCount, string source)
    {
        ArgumentNullException.ThrowIfNull(declared);
        var count = featureCount.ToString(CultureInfo.InvariantCulture);
        switch (declared.Count)
        {
            case 0:
                var side = (int)Math.Round(Math.Sqrt(featureCount));
                if (featureCount < 4 || side * side != featureCount)
                {
                    throw new InputException(
                        $"{source}: the convolutional network learns from images, and {count} features are not a square grid of pixels; give the image shape as the setting 'shape' ([height, width] or [channels, height, width]).");
                }

                return new ImageShape(1, side, side);
            case 2 or 3:
                var shape = declared.Count == 2 ? new ImageShape(1, declared[0], declared[1]) : new ImageShape(declared[0], declared[1], declared[2]);
                if ((long)shape.Channels * shape.Height * shape.Width != featureCount)
                {
                    throw new InputException(
                        $"{source}: the setting 'shape' {shape} makes {((long)shape.Channels * shape.Height * shape.Width).ToString(CultureInfo.InvariantCulture)} pixels per image, but the rows have {count} features.");
                }

                return shape;
            default:
                throw new InputException($"{source}: the setting 'shape' takes [height, width] or [channels, height, width], not {declared.Count.ToString(CultureInfo.InvariantCulture)} sizes.");
        }
    }

    /// <summary>The shape after a convolution keeping the size (padding kernel / 2) into <paramref name="channels"/>, then 2x2 max pooling.</summary>
    public ImageShape AfterBlock(int channels, int kernel)
    {
        var padding = kernel / 2;
        return new ImageShape(channels, (Height + (2 * padding) - kernel + 1) / 2, (Width + (2 * padding) - kernel + 1) / 2);
    }

    public override string ToString() => Channels == 1
        ? string.Create(CultureInfo.InvariantCulture, $"[{Height}, {Width}]")
        : string.Create(CultureInfo.InvariantCulture, $"[{Channels}, {Height}, {Width}]");
}
