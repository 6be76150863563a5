using Tradeoff.Core.Data;
using Tradeoff.Core.Data.Loading;

namespace Tradeoff.Core.Tests.Data;

public sealed class ArffLoadingTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Should_read_types_quoted_names_comments_and_missing_values()
    {
        // Given an ARFF file with every kind of declaration Tradeoff reads
        var path = _files.Write("a.arff", """
            % a comment
            @RELATION 'test data'

            @attribute 'my name' numeric
            @attribute "other name" REAL % trailing comment
            @attribute count integer
            @attribute colour {red, 'light blue', "dark green"}
            @data
            1.5, 2, 3, red
            % a comment between rows
            ?, -1e2, 4, 'light blue'
            0,0,?,"dark green"   % trailing comment
            """);

        // When it is loaded
        var table = DataLoader.Load(path);

        // Then names, kinds, levels and values are as declared
        Assert.Equal(["my name", "other name", "count", "colour"], table.Columns.Select(c => c.Name));
        Assert.Equal([1.5f, float.NaN, 0f], table.Columns[0].Values);
        Assert.Equal([2f, -100f, 0f], table.Columns[1].Values);
        Assert.Equal([3f, 4f, float.NaN], table.Columns[2].Values);
        Assert.Equal(ColumnKind.Nominal, table.Columns[3].Kind);
        Assert.Equal(["red", "light blue", "dark green"], table.Columns[3].Levels);
        Assert.Equal([0f, 1f, 2f], table.Columns[3].Values);
    }

    [Fact]
    public void Should_fill_unlisted_values_with_zero_When_rows_are_sparse()
    {
        // Given Weka sparse rows, where an unlisted value is 0 (the first level of a nominal attribute)
        var path = _files.Write("s.arff", """
            @relation sparse
            @attribute a numeric
            @attribute b numeric
            @attribute c {x, y}
            @data
            {1 1.5, 2 y}
            {}
            {0 ?}
            """);

        var table = DataLoader.Load(path);

        Assert.Equal([0f, 0f, float.NaN], table.Columns[0].Values);
        Assert.Equal([1.5f, 0f, 0f], table.Columns[1].Values);
        Assert.Equal([1f, 0f, 0f], table.Columns[2].Values);
    }

    [Fact]
    public void Should_ignore_instance_weights_When_rows_carry_them()
    {
        var path = _files.Write("w.arff", "@relation w\n@attribute a numeric\n@attribute b {p,q}\n@data\n1,q,{0.5}\n{0 2}, {3}\n");

        var table = DataLoader.Load(path);

        Assert.Equal([1f, 2f], table.Columns[0].Values);
        Assert.Equal([1f, 0f], table.Columns[1].Values);
    }

    [Theory]
    [InlineData("breast-cancer.arff", 286, 10)]
    [InlineData("cpu.arff", 209, 7)]
    [InlineData("credit-g.arff", 1000, 21)]
    [InlineData("diabetes.arff", 768, 9)]
    [InlineData("iris.arff", 150, 5)]
    [InlineData("segment-challenge.arff", 1500, 20)]
    [InlineData("segment-test.arff", 810, 20)]
    [InlineData("weather.nominal.arff", 14, 5)]
    [InlineData("weather.numeric.arff", 14, 5)]
    public void Should_load_every_shared_arff_data_set(string file, int rows, int columns)
    {
        var table = DataLoader.Load(SharedData.File(file), file);

        Assert.Equal(rows, table.RowCount);
        Assert.Equal(columns, table.Columns.Count);
    }

    [Fact]
    public void Should_cover_every_shared_arff_file_in_the_theory_above()
    {
        Assert.Equal(9, SharedData.ArffFiles().Count());
    }

    [Fact]
    public void Should_read_credit_g_with_its_nominal_levels_and_quoted_values()
    {
        var table = DataLoader.Load(SharedData.File("credit-g.arff"));

        Assert.Equal(1000, table.RowCount);
        Assert.Equal(21, table.Columns.Count);
        var checking = table.Columns[0];
        Assert.Equal(["<0", "0<=X<200", ">=200", "no checking"], checking.Levels);
        Assert.Equal(ColumnKind.Numeric, table.Columns[table.IndexOf("age")].Kind);
        Assert.Equal(["good", "bad"], table.Columns[^1].Levels);
    }

    [Fact]
    public void Should_keep_missing_nominal_values_in_breast_cancer()
    {
        var table = DataLoader.Load(SharedData.File("breast-cancer.arff"));

        Assert.Equal(286, table.RowCount);
        Assert.Contains(table.Columns[table.IndexOf("node-caps")].Values, float.IsNaN);
    }
}
