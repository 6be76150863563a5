using Tradeoff.Core.Data;
using Tradeoff.Core.Data.Loading;
using Tradeoff.Testing;

namespace Tradeoff.Core.Tests.Data;

public sealed class IdxLoadingTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_pair_images_with_labels_and_scale_pixels_When_loading_idx(bool gzip)
    {
        // Given three 2x2 images and their labels, raw or gzip-compressed
        var images = IdxFiles.Images(3, 2, 2, (i, p) => (byte)((i * 4) + p == 11 ? 255 : (i * 4) + p));
        var labels = IdxFiles.Labels(2, 0, 1);
        var suffix = gzip ? ".gz" : string.Empty;
        var path = _files.Write("train-images-idx3-ubyte" + suffix, gzip ? IdxFiles.Gzip(images) : images);
        _files.Write("train-labels-idx1-ubyte" + suffix, gzip ? IdxFiles.Gzip(labels) : labels);

        // When the images file is loaded
        var table = DataLoader.Load(path, "train");

        // Then each pixel is a column in [0, 1] and the last column is the nominal label
        Assert.Equal(["pixel0", "pixel1", "pixel2", "pixel3", "label"], table.Columns.Select(c => c.Name));
        Assert.Equal(3, table.RowCount);
        Assert.Equal([1 / 255f, 5 / 255f, 9 / 255f], table.Columns[1].Values);
        Assert.Equal(1f, table.Columns[3].Values[2]);
        Assert.Equal(["0", "1", "2"], table.Columns[4].Levels);
        Assert.Equal([2f, 0f, 1f], table.Columns[4].Values);
    }

    [Fact]
    public void Should_place_every_pixel_When_the_images_span_several_read_blocks()
    {
        // Given 130 images of 64 x 64 pixels (reads go in blocks of 64 such images)
        var path = _files.Write("b-images-idx3-ubyte", IdxFiles.Images(130, 64, 64, (i, p) => (byte)((i + p) % 256)));
        _files.Write("b-labels-idx1-ubyte", IdxFiles.Labels([.. Enumerable.Repeat((byte)1, 130)]));

        var table = DataLoader.Load(path);

        foreach (var (image, pixel) in (ReadOnlySpan<(int, int)>)[(0, 0), (63, 4095), (64, 1), (129, 4000), (100, 2048)])
        {
            Assert.Equal(((image + pixel) % 256) / 255f, table.Columns[pixel].Values[image]);
        }
    }

    [Fact]
    public void Should_find_the_images_When_given_the_labels_file()
    {
        _files.Write("t10k-images-idx3-ubyte", IdxFiles.Images(2, 1, 1, (i, _) => (byte)i));
        var labels = _files.Write("t10k-labels-idx1-ubyte", IdxFiles.Labels(1, 0));

        var table = DataLoader.Load(labels);

        Assert.Equal(["pixel0", "label"], table.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Should_name_the_file_an_idx_file_is_read_with_When_asked_for_its_partner()
    {
        // Given an images file with its labels beside it (gzip), and a CSV file
        var images = IdxFiles.WritePair(_files.Folder, "train", 3, seed: 1, gzip: true);
        var labels = Path.Combine(_files.Folder, "train-labels-idx1-ubyte.gz");
        var csv = _files.Write("train.csv", "x,y\n1,a\n");

        // When each is asked for its partner
        // Then the images file's is the labels file, the labels file's the images file, a CSV file has none
        Assert.Equal(("labels", labels), DataLoader.IdxPartner(images));
        Assert.Equal(("images", images), DataLoader.IdxPartner(labels));
        Assert.Null(DataLoader.IdxPartner(csv));
    }

    [Fact]
    public void Should_name_the_classes_When_loading_fashion_mnist_from_a_folder()
    {
        // Given a folder laid out like the Debian package, with tiny files
        foreach (var part in (string[])["train", "t10k"])
        {
            _files.Write($"{part}-images-idx3-ubyte.gz", IdxFiles.Gzip(IdxFiles.Images(2, 28, 28, (_, p) => (byte)(p % 256))));
            _files.Write($"{part}-labels-idx1-ubyte.gz", IdxFiles.Gzip(IdxFiles.Labels(9, 0)));
        }

        // When it is loaded
        var (train, test) = DataLoader.LoadFashionMnist(_files.Folder);

        // Then there are 784 pixels and the ten named classes
        Assert.Equal(785, train.Columns.Count);
        Assert.Equal("pixel783", train.Columns[783].Name);
        Assert.Equal("fashion-mnist", train.Source);
        Assert.Equal(2, test.RowCount);
        var label = train.Columns[^1];
        Assert.Equal(ColumnKind.Nominal, label.Kind);
        Assert.Equal(10, label.Levels.Count);
        Assert.Equal("Ankle boot", label.Format(0));
        Assert.Equal("T-shirt/top", label.Format(1));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_name_the_classes_of_fashion_mnists_labels_When_they_lie_under_a_path_that_does_not_say_fashion(bool gzip)
    {
        // Given the installed Fashion-MNIST test labels copied (as shipped, or decompressed) to a folder named fm, with
        // an images file of as many tiny images beside them
        var folder = Path.Combine(_files.Folder, "fm");
        Directory.CreateDirectory(folder);
        var shipped = File.ReadAllBytes("/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz");
        var suffix = gzip ? ".gz" : string.Empty;
        File.WriteAllBytes(Path.Combine(folder, "t10k-labels-idx1-ubyte" + suffix), gzip ? shipped : Gunzip(shipped));
        var images = Path.Combine(folder, "t10k-images-idx3-ubyte" + suffix);
        File.WriteAllBytes(images, IdxFiles.Images(10_000, 1, 1, (i, _) => (byte)i));
        Assert.DoesNotContain("fashion", images, StringComparison.OrdinalIgnoreCase);

        // When the images file is loaded
        var table = DataLoader.Load(images, "t10k");

        // Then its labels are known by their bytes: Fashion-MNIST's ten named classes
        Assert.Equal(FashionMnistClasses, table.Columns[^1].Levels);
    }

    [Fact]
    public void Should_give_other_labels_their_numbers_When_they_lie_under_a_path_that_says_fashion()
    {
        // Given digits of some other data set in a folder named fashion-experiments
        var images = IdxFiles.WritePair(Path.Combine(_files.Folder, "fashion-experiments"), "train", 12, seed: 3, gzip: true);

        // When the images file is loaded
        var table = DataLoader.Load(images, "train");

        // Then the classes are the labels' numbers, not Fashion-MNIST's names
        Assert.Equal(["0", "1", "2"], table.Columns[^1].Levels);
    }

    [Fact]
    public void Should_load_the_installed_fashion_mnist_test_images()
    {
        var table = DataLoader.Load("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz");

        Assert.Equal(10_000, table.RowCount);
        Assert.Equal(785, table.Columns.Count);
        Assert.Equal(FashionMnistClasses, table.Columns[^1].Levels);
        Assert.All(table.Columns[400].Values, v => Assert.InRange(v, 0f, 1f));
    }

    [Fact]
    public void Should_say_how_to_install_fashion_mnist_When_it_is_missing()
    {
        var error = Assert.Throws<InputException>(() => DataLoader.LoadFashionMnist(_files.Folder));

        Assert.StartsWith("fashion-mnist: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("is missing; install it with: sudo apt-get install dataset-fashion-mnist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_an_images_file_without_its_labels()
    {
        var path = _files.Write("x-images-idx3-ubyte", IdxFiles.Images(1, 1, 1, (_, _) => 0));

        var error = Assert.Throws<InputException>(() => DataLoader.Load(path, "x-images-idx3-ubyte"));

        Assert.StartsWith("x-images-idx3-ubyte: an IDX images file needs its labels file next to it; x-labels-idx1-ubyte[.gz] was not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_truncated_file()
    {
        var images = IdxFiles.Images(3, 2, 2, (_, _) => 1);
        var path = _files.Write("y-images-idx3-ubyte", images[..^2]);
        _files.Write("y-labels-idx1-ubyte", IdxFiles.Labels(0, 1, 0));

        var error = Assert.Throws<InputException>(() => DataLoader.Load(path, "y"));

        Assert.Equal("y: the file is truncated: the header announces 3 items", error.Message);
    }

    [Fact]
    public void Should_report_a_truncated_gzip_file()
    {
        var images = IdxFiles.Images(3, 2, 2, (_, _) => 1);
        var path = _files.Write("z-images-idx3-ubyte.gz", IdxFiles.Gzip(images[..^2]));
        _files.Write("z-labels-idx1-ubyte.gz", IdxFiles.Gzip(IdxFiles.Labels(0, 1, 0)));

        var error = Assert.Throws<InputException>(() => DataLoader.Load(path, "z"));

        Assert.Equal("z: the file is truncated: the header announces 3 items", error.Message);
    }

    [Fact]
    public void Should_refuse_images_too_large_to_be_columns()
    {
        byte[] header = [0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 16, 0, 0, 0, 16, 0];
        var path = _files.Write("w-images-idx3-ubyte", header);
        _files.Write("w-labels-idx1-ubyte", IdxFiles.Labels(0));

        var error = Assert.Throws<FileFormatException>(() => DataLoader.Load(path, "w"));

        Assert.Equal("w: images of 4096 x 4096 pixels are larger than this reader accepts (1048576 pixels)", error.Message);
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_idx()
    {
        var path = _files.Write("v-images-idx3-ubyte", "hello, world"u8.ToArray());
        _files.Write("v-labels-idx1-ubyte", IdxFiles.Labels(0));

        var error = Assert.Throws<FileFormatException>(() => DataLoader.Load(path, "v"));

        Assert.Equal("v: not an IDX file (it does not start with two zero bytes)", error.Message);
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress))
        {
            gzip.CopyTo(output);
        }

        return output.ToArray();
    }

    private static readonly string[] FashionMnistClasses =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];
}
