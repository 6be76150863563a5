using Tradeoff.Core.Data.Loading;

namespace Tradeoff.Core.Tests.Data;

/// <summary>Each malformed input gives one line that names the file and, where it can, the line and column.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<FileFormatException>(() => DataLoader.Load(Path.Combine(_files.Folder, "nope.csv"), "nope.csv"));

        Assert.StartsWith("nope.csv: file not found (", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("e.csv", "")]
    [InlineData("e.csv", "\uFEFF\r\n  \n")]
    [InlineData("e.arff", "")]
    public void An_empty_file_is_reported(string name, string text)
    {
        var error = Load(name, text);

        Assert.Equal($"{name}: the file is empty", error.Message);
    }

    [Fact]
    public void A_csv_with_a_header_only_is_reported()
    {
        Assert.Equal("h.csv: the file has a header row but no data rows", Load("h.csv", "a,b,c\n\n").Message);
    }

    [Fact]
    public void An_arff_without_rows_is_reported()
    {
        Assert.Equal("h.arff: the file has a header but no data rows", Load("h.arff", "@relation r\n@attribute a numeric\n@data\n% none\n").Message);
    }

    [Fact]
    public void A_ragged_row_names_its_line_and_field_counts()
    {
        Assert.Equal("r.csv:4: row 3 has 2 fields, the header has 3", Load("r.csv", "a,b,c\n1,2,3\n4,5,6\n7,8\n").Message);
    }

    [Fact]
    public void An_unterminated_quote_names_where_it_opens()
    {
        Assert.Equal(
            "q.csv:3:3: unterminated quote: this quoted field runs to the end of the file",
            Load("q.csv", "a,b\n1,2\n3,\"four\n5,6\n").Message);
    }

    [Fact]
    public void An_unterminated_quote_in_the_header_names_the_first_line()
    {
        Assert.Equal("q.csv:1:3: unterminated quote: this quoted field runs to the end of the file", Load("q.csv", "a,\"b\n1,2\n").Message);
    }

    [Fact]
    public void An_unterminated_quote_in_arff_names_its_line_and_column()
    {
        Assert.Equal("q.arff:4:3: unterminated quote: no closing ' on this line", Load("q.arff", "@relation r\n@attribute a {x,y}\n@data\n  'x\n").Message);
    }

    [Fact]
    public void A_non_numeric_value_in_a_numeric_arff_column_is_placed()
    {
        Assert.Equal(
            "n.arff:5:3: 'abc' is not a number, but attribute 'b' is numeric",
            Load("n.arff", "@relation r\n@attribute a numeric\n@attribute b numeric\n@data\n1,abc\n").Message);
    }

    [Fact]
    public void A_value_outside_the_nominal_levels_lists_them()
    {
        Assert.Equal(
            "l.arff:4:7: 'green' is not a level of attribute 'colour' (red, blue)",
            Load("l.arff", "@attribute x numeric\n@attribute colour {red, blue}\n@data\n1.0 , green\n").Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08 }, "b.csv:1: binary data, not text (a NUL byte at byte 4); expected a CSV, TSV or ARFF text file")]
    [InlineData(new byte[] { 0x61, 0x2c, 0x62, 0x0a, 0xff, 0xfe, 0x41 }, "b.csv:2: binary data, not text (a byte that is not UTF-8 at byte 4); expected a CSV, TSV or ARFF text file")]
    public void A_binary_file_given_as_csv_is_refused_before_parsing(byte[] bytes, string message)
    {
        var path = _files.Write("b.csv", bytes);

        var error = Assert.Throws<FileFormatException>(() => DataLoader.Load(path, "b.csv"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Duplicate_csv_column_names_name_both_positions()
    {
        Assert.Equal("d.csv:1: duplicate column name 'a' at columns 1 and 3", Load("d.csv", "a,b,a\n1,2,3\n").Message);
    }

    [Fact]
    public void Duplicate_arff_attribute_names_name_both_positions()
    {
        Assert.Equal(
            "d.arff:3:12: duplicate column name 'a' at columns 1 and 2",
            Load("d.arff", "@relation r\n@attribute a numeric\n@attribute a {x}\n@data\n1,x\n").Message);
    }

    [Theory]
    [InlineData("string", "@attribute 'free text' string", 24)]
    [InlineData("date", "@attribute when date 'yyyy-MM-dd'", 17)]
    public void String_and_date_attributes_are_refused_by_name(string type, string declaration, int column)
    {
        var error = Load("s.arff", $"@relation r\n{declaration}\n@attribute y {{a,b}}\n@data\n");

        var name = type == "string" ? "free text" : "when";
        Assert.Equal(
            $"s.arff:2:{column}: attribute '{name}' is of type {type}, which Tradeoff cannot use; remove it or declare it numeric or nominal {{a,b,c}}",
            error.Message);
    }

    [Fact]
    public void An_unknown_file_kind_lists_the_known_ones()
    {
        var error = Load("data.xlsx", "x");

        Assert.StartsWith("data.xlsx: unknown kind of data file; expected .csv, .tsv, .tab, .arff", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_message_is_one_line()
    {
        var error = Load("q.csv", "a\n\"x\ny\nz\n");

        Assert.DoesNotContain('\n', error.Message);
    }

    private InputException Load(string name, string text)
    {
        var path = _files.Write(name, text);
        return Assert.ThrowsAny<InputException>(() => DataLoader.Load(path, name));
    }
}
