using Tradeoff.Core.Data;
using Tradeoff.Core.Data.Loading;

namespace Tradeoff.Core.Tests.Data;

public sealed class CsvLoadingTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Should_infer_numeric_and_nominal_columns_When_loading_a_csv()
    {
        // Given a column of numbers, one of words and one that mixes both
        var path = _files.Write("t.csv", "x,color,mixed\n1.5,red,1\n-2e3,blue,two\n0,red,3\n");

        // When it is loaded
        var table = DataLoader.Load(path, "t.csv");

        // Then numbers stay numeric and anything else is nominal, with levels in order of first appearance
        Assert.Equal("t.csv", table.Source);
        Assert.Equal(3, table.RowCount);
        Assert.Equal(ColumnKind.Numeric, table.Columns[0].Kind);
        Assert.Equal([1.5f, -2000f, 0f], table.Columns[0].Values);
        Assert.Equal(["red", "blue"], table.Columns[1].Levels);
        Assert.Equal([0f, 1f, 0f], table.Columns[1].Values);
        Assert.Equal(["1", "two", "3"], table.Columns[2].Levels);
    }

    [Fact]
    public void Should_read_missing_values_as_NaN_When_empty_question_mark_or_NA()
    {
        var path = _files.Write("m.csv", "a,b\n1,x\n,?\n?,NA\nNA,y\n");

        var table = DataLoader.Load(path);

        Assert.Equal(ColumnKind.Numeric, table.Columns[0].Kind);
        Assert.Equal([1f, float.NaN, float.NaN, float.NaN], table.Columns[0].Values);
        Assert.Equal(["x", "y"], table.Columns[1].Levels);
        Assert.Equal([0f, float.NaN, float.NaN, 1f], table.Columns[1].Values);
    }

    [Fact]
    public void Should_unquote_fields_When_they_hold_separators_quotes_and_newlines()
    {
        var path = _files.Write("q.csv", "\"the name\",v\n\"a, b\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\n");

        var table = DataLoader.Load(path);

        Assert.Equal("the name", table.Columns[0].Name);
        Assert.Equal(["a, b", "say \"hi\"", "two\nlines"], table.Columns[0].Levels);
        Assert.Equal([1f, 2f, 3f], table.Columns[1].Values);
    }

    [Fact]
    public void Should_keep_spaces_inside_quotes_When_trimming_those_around_fields()
    {
        var path = _files.Write("s.csv", "a,b\n\" x \" , 1\n");

        var table = DataLoader.Load(path);

        Assert.Equal([" x "], table.Columns[0].Levels);
    }

    [Fact]
    public void Should_count_lines_not_rows_When_a_quoted_field_spans_lines()
    {
        // Given a quoted field over two lines before a ragged row
        var path = _files.Write("l.csv", "a,b\n\"one\ntwo\",1\n3\n");

        // Then the error names the file's line 4, not its third row
        var error = Assert.Throws<FileFormatException>(() => DataLoader.Load(path, "l.csv"));
        Assert.Equal("l.csv:4: row 2 has 1 fields, the header has 2", error.Message);
    }

    [Fact]
    public void Should_ignore_the_byte_order_mark_crlf_blank_lines_and_spaces_When_present()
    {
        var path = _files.Write("b.csv", "\uFEFFa, b\r\n1, yes\r\n\r\n2 ,no\r\n\r\n");

        var table = DataLoader.Load(path);

        Assert.Equal(["a", "b"], table.Columns.Select(c => c.Name));
        Assert.Equal([1f, 2f], table.Columns[0].Values);
        Assert.Equal(["yes", "no"], table.Columns[1].Levels);
    }

    [Theory]
    [InlineData("t.tsv")]
    [InlineData("t.tab")]
    public void Should_split_on_tabs_When_the_file_is_tab_separated(string name)
    {
        var path = _files.Write(name, "a\tb c\n1,5\t2\n");

        var table = DataLoader.Load(path);

        Assert.Equal(["a", "b c"], table.Columns.Select(c => c.Name));
        Assert.Equal(ColumnKind.Nominal, table.Columns[0].Kind);
        Assert.Equal([2f], table.Columns[1].Values);
    }

    [Fact]
    public void Should_treat_text_that_only_starts_with_a_number_as_nominal()
    {
        var path = _files.Write("p.csv", "a,b\n12abc,1\n3,0x10\n");

        var table = DataLoader.Load(path);

        Assert.True(table.Columns[0].IsNominal);
        Assert.True(table.Columns[1].IsNominal);
    }

    [Theory]
    [InlineData("1.", 1f)]
    [InlineData(".5", 0.5f)]
    [InlineData("-.5", -0.5f)]
    [InlineData("+3", 3f)]
    [InlineData("007", 7f)]
    [InlineData("1E+05", 1e5f)]
    [InlineData("3.4028234e38", float.MaxValue)]
    [InlineData("0.1000000000000000000000000001", 0.1f)]
    [InlineData("-1.5e-3", -0.0015f)]
    public void Should_read_every_spelling_of_a_number_as_the_runtime_parses_it(string text, float expected)
    {
        var path = _files.Write("n.csv", $"a,b\n{text},1\n");

        var table = DataLoader.Load(path);

        Assert.Equal(ColumnKind.Numeric, table.Columns[0].Kind);
        Assert.Equal(expected, table.Columns[0].Values[0]);
    }

    [Fact]
    public void Should_name_an_unnamed_column_by_its_position()
    {
        var path = _files.Write("u.csv", ",x\n0,1\n1,2\n");

        var table = DataLoader.Load(path);

        Assert.Equal(["column1", "x"], table.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Should_load_the_lecture_weather_table()
    {
        var table = DataLoader.Load(SharedData.File("weather-seed.csv"));

        Assert.Equal(16, table.RowCount);
        Assert.Equal(["Outlook", "Temperature", "Humidity", "Windy", "Play"], table.Columns.Select(c => c.Name));
        Assert.All(table.Columns, c => Assert.True(c.IsNominal));
    }
}
