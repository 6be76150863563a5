using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using Tradeoff.Core.Data.Loading;

namespace Tradeoff.Core.Tests.Data;

/// <summary>Any table of numbers and levels, written as CSV, reads back as the same table.</summary>
public sealed class CsvRoundTripTests
{
    private const string LevelCharacters = "abcXYZ ,;\"\n'é?";

    private static readonly string[] MissingTexts = ["", "?", "NA"];

    [Property(MaxTest = 200, Replay = "(11111,22223)")]
    public void Written_tables_read_back_identically(int seed)
    {
        // Given a random table (the seed comes from FsCheck, replayed from a fixed start)
        var random = new Random(seed);
        var expected = RandomTable(random);

        // When it is written as CSV and read back
        var csv = Write(expected, random);
        var actual = CsvReader.Read(() => new MemoryStream(Encoding.UTF8.GetBytes(csv)), "round.csv", ',');

        // Then names, kinds and every value are the same
        Assert.Equal(expected.Count, actual.Columns.Count);
        for (var c = 0; c < expected.Count; c++)
        {
            var (name, cells) = expected[c];
            var column = actual.Columns[c];
            Assert.Equal(name, column.Name);
            Assert.Equal(cells.Any(x => x is string), column.IsNominal);
            for (var r = 0; r < cells.Length; r++)
            {
                Assert.Equal(cells[r] switch { null => "?", float f => Format(f), var s => (string)s }, column.Format(r));
            }
        }
    }

    private static List<(string Name, object?[] Cells)> RandomTable(Random random)
    {
        var rows = random.Next(1, 12);
        var table = new List<(string, object?[])>();
        var width = random.Next(1, 6);
        for (var c = 0; c < width; c++)
        {
            var nominal = random.Next(2) == 0;
            var cells = new object?[rows];
            for (var r = 0; r < rows; r++)
            {
                cells[r] = random.Next(5) == 0 ? null : nominal ? Level(random) : Number(random);
            }

            if (nominal)
            {
                // A nominal column needs at least one level, or it reads back as an all-missing numeric column.
                cells[random.Next(rows)] = Level(random);
            }

            table.Add((c == 0 ? "first, \"quoted\" name" : $"c{c}", cells));
        }

        return table;
    }

    // Levels start with a letter (never a number, "?" or "NA") and end with one (trimming must not change them).
    private static string Level(Random random)
    {
        var middle = new string(Enumerable.Range(0, random.Next(0, 5)).Select(_ => LevelCharacters[random.Next(LevelCharacters.Length)]).ToArray());
        return "L" + middle + "z";
    }

    private static float Number(Random random) => random.Next(4) switch
    {
        0 => random.Next(-1000, 1000),
        1 => (float)(random.NextDouble() * 2e-30),
        2 => (float)((random.NextDouble() - 0.5) * 1e30),
        _ => (float)random.NextDouble(),
    };

    private static string Write(List<(string Name, object?[] Cells)> table, Random random)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', table.Select(c => Quote(c.Name))).Append(random.Next(2) == 0 ? "\n" : "\r\n");
        for (var r = 0; r < table[0].Cells.Length; r++)
        {
            // A lone empty field would be a blank line, which carries no row; write "?" there.
            var missing = table.Count == 1 ? "?" : MissingTexts[random.Next(MissingTexts.Length)];
            text.AppendJoin(',', table.Select(c => c.Cells[r] switch { null => missing, float f => Format(f), var s => Quote((string)s) }));
            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
