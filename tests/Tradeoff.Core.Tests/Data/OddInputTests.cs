using System.Globalization;
using System.Text;
using Tradeoff.Core.Data;
using Tradeoff.Core.Data.Loading;
using Tradeoff.Core.Features;

namespace Tradeoff.Core.Tests.Data;

/// <summary>
/// Odd but possible input: NaN and infinities, numbers at the edge of a float, very many levels, a single row
/// or column. Each loads as documented in docs/DATA.md or stops with one line naming the place.
/// </summary>
public sealed class OddInputTests : IDisposable
{
    private const string NotFinite = "is not a finite number (values are read as 32-bit floats, at most 3.4e38 in size); write ? for a missing value";

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("n.csv", "x,y\n1,a\nNaN,b\n3,a\n")]
    [InlineData("n.arff", "@relation r\n@attribute x numeric\n@attribute y {a,b}\n@data\n1,a\nNaN,b\n3,a\n")]
    public void NaN_in_a_numeric_column_is_a_missing_value(string name, string text)
    {
        // Given a numeric column with a NaN
        var table = DataLoader.Load(_files.Write(name, text));

        // Then the column stays numeric and the NaN is missing, as "?" would be
        Assert.Equal(ColumnKind.Numeric, table.Columns[0].Kind);
        Assert.Equal(1f, table.Columns[0].Values[0]);
        Assert.True(float.IsNaN(table.Columns[0].Values[1]));
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e39")]
    [InlineData("-1e39")]
    [InlineData("3.5e38")]
    [InlineData("inf")]
    [InlineData("-inf")]
    [InlineData("INF")]
    [InlineData("∞")]
    [InlineData("-∞")]
    [InlineData("+infinity")]
    public void An_infinite_or_overflowing_csv_value_is_refused_at_its_line_and_column(string text)
    {
        var error = Load("i.csv", $"a,b,y\n1,2,p\n3,{text},q\n");

        Assert.Equal($"i.csv:3: column 2 ('b'): '{text}' {NotFinite}", error.Message);
    }

    [Theory]
    [InlineData("Infinity", 3)]
    [InlineData("1e39", 3)]
    [InlineData("'-1e39'", 3)]
    [InlineData("inf", 3)]
    [InlineData("-∞", 3)]
    public void An_infinite_or_overflowing_arff_value_is_refused_at_its_line_and_column(string text, int column)
    {
        var error = Load("i.arff", $"@relation r\n@attribute a numeric\n@attribute b numeric\n@data\n1,2\n3,{text}\n");

        Assert.Equal($"i.arff:6:{column}: attribute 'b': '{text.Trim('\'')}' {NotFinite}", error.Message);
    }

    [Theory]
    [InlineData("infinity.csv", "infinity.csv:3: column 1 ('x'): '-Infinity' ")]
    [InlineData("overflow.arff", "overflow.arff:6:1: attribute 'x': '1e39' ")]
    public void The_corpus_files_with_infinities_are_refused(string file, string start)
    {
        var error = Assert.Throws<FileFormatException>(() => DataLoader.Load(SharedData.Malformed(file), file));

        Assert.StartsWith(start, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e38", 1e38f)]
    [InlineData("-1e38", -1e38f)]
    [InlineData("3.4028234e38", float.MaxValue)]
    [InlineData("1e-50", 0f)]
    public void Huge_and_tiny_values_within_a_float_load_as_the_nearest_float(string text, float expected)
    {
        var csv = DataLoader.Load(_files.Write("h.csv", $"x,y\n{text},a\n1,b\n"));
        var arff = DataLoader.Load(_files.Write("h.arff", $"@relation r\n@attribute x numeric\n@attribute y {{a,b}}\n@data\n{text},a\n1,b\n"));

        Assert.Equal(expected, csv.Columns[0].Values[0]);
        Assert.Equal(expected, arff.Columns[0].Values[0]);
    }

    [Fact]
    public void Ten_thousand_nominal_levels_load_and_one_hot_encode()
    {
        // Given a column with 10,000 distinct values
        var text = new StringBuilder("id,y\n");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"v{i},{(i % 2 == 0 ? "a" : "b")}\n");
        }

        // When loaded and one-hot encoded
        var data = DatasetBuilder.Build(DataLoader.Load(_files.Write("l.csv", text.ToString())));
        var featurizer = Featurizer.Fit(data, new FeaturizationPlan(OneHot: true, Standardize: false, Impute: false));
        var output = new float[featurizer.OutputWidth];
        featurizer.TransformRow([1234f], output);

        // Then every level has its own output and a row lights only its own
        Assert.Equal(10_000, data.Features[0].Levels.Count);
        Assert.Equal("v1234", data.Features[0].Levels[1234]);
        Assert.Equal(10_000, featurizer.OutputWidth);
        Assert.Equal(1f, output[1234]);
        Assert.Equal(1f, output.Sum());
    }

    [Fact]
    public void A_single_column_has_no_feature_and_is_refused()
    {
        var error = Assert.Throws<InputException>(() => DatasetBuilder.Build(DataLoader.Load(SharedData.Malformed("one-column.csv"), "one-column.csv")));

        Assert.Equal("one-column.csv: needs at least one feature and a target; it has 1 column(s).", error.Message);
    }

    [Fact]
    public void A_single_row_builds_a_data_set_that_the_protocol_refuses_later()
    {
        // One regression row is a valid data set; it is cross-validation that needs two (see the measurement tests).
        var data = DatasetBuilder.Build(DataLoader.Load(SharedData.Malformed("one-row.csv"), "one-row.csv"));

        Assert.Equal(1, data.RowCount);
        Assert.Equal(TaskKind.Regression, data.Task);
    }

    [Fact]
    public void A_single_classification_row_is_refused_as_a_single_class()
    {
        var error = Assert.Throws<InputException>(() => DatasetBuilder.Build(DataLoader.Load(_files.Write("r.csv", "x,y\n1,a\n"), "r.csv")));

        Assert.Equal("r.csv: target 'y' has a single class ('a'); there is nothing to learn.", error.Message);
    }

    [Fact]
    public void Crlf_line_ends_and_a_byte_order_mark_in_arff_are_read()
    {
        var path = _files.Write("c.arff", [.. new byte[] { 0xEF, 0xBB, 0xBF }, .. Encoding.UTF8.GetBytes("@relation r\r\n@attribute x numeric\r\n@attribute y {a,b}\r\n@data\r\n1,a\r\n2,b\r\n")]);

        var table = DataLoader.Load(path);

        Assert.Equal(["x", "y"], table.Columns.Select(c => c.Name));
        Assert.Equal([1f, 2f], table.Columns[0].Values);
        Assert.Equal(["a", "b"], table.Columns[1].Levels);
    }

    private InputException Load(string name, string text)
    {
        var path = _files.Write(name, text);
        return Assert.ThrowsAny<InputException>(() => DataLoader.Load(path, name));
    }
}
