using System.Globalization;
using System.Text;

namespace Tradeoff.Benchmarks;

/// <summary>Writes a numeric CSV of about a given size with a fixed seed (reused when already there).</summary>
internal static class NumericCsv
{
    /// <summary>Makes sure <paramref name="path"/> holds the file; returns its row count.</summary>
    public static long Ensure(string path, long targetBytes, int width, int seed)
    {
        var rowsPath = path + ".rows";
        if (File.Exists(path) && File.Exists(rowsPath))
        {
            return long.Parse(File.ReadAllText(rowsPath), CultureInfo.InvariantCulture);
        }

        var random = new Random(seed);
        var rows = 0L;
        var line = new StringBuilder();
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write(string.Join(',', Enumerable.Range(0, width).Select(c => $"x{c.ToString(CultureInfo.InvariantCulture)}")));
            writer.Write('\n');
            while (writer.BaseStream.Position < targetBytes)
            {
                // Flushed by the StreamWriter in 1 MiB blocks, so Position lags by at most that.
                line.Clear();
                for (var c = 0; c < width; c++)
                {
                    var value = (float)((random.NextDouble() - 0.5) * 200);
                    line.Append(c == 0 ? string.Empty : ",").Append(value.ToString("R", CultureInfo.InvariantCulture));
                }

                writer.Write(line.Append('\n'));
                rows++;
            }
        }

        File.WriteAllText(rowsPath, rows.ToString(CultureInfo.InvariantCulture));
        return rows;
    }
}
