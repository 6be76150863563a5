using Tradeoff.Core.Data;
using Tradeoff.Core.Data.Loading;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Export.Prediction;
using Tradeoff.Techniques;
using Tradeoff.Techniques.MLNet;
using Tradeoff.Techniques.Torch;

namespace Tradeoff.Export.Tests;

/// <summary>
/// Fits a technique on credit-g (numeric and nominal columns) with missing values put into about one cell in eleven,
/// exports it to ONNX, and compares ONNX Runtime's predictions on the held-out rows with Tradeoff's own.
/// </summary>
internal static class Parity
{
    private static readonly TechniqueCatalog Catalog = TechniqueCatalog.Compose(OwnTechniques.All, MLNetTechniques.All, TorchTechniques.All);

    public static string Root { get; } = FindRoot();

    public static string CreditG => Path.Combine(Root, "examples", "credit-scoring", "credit-g.arff");

    /// <summary>Classification of <c>class</c>, or regression of <c>credit_amount</c>.</summary>
    public static void Check(string techniqueId, bool regression = false, IReadOnlyDictionary<string, string>? settings = null) =>
        Check(WithMissing(DataLoader.Load(CreditG)), regression ? "credit_amount" : "class", techniqueId, settings);

    /// <summary>Fits on three rows in four of <paramref name="table"/>, compares on the fourth.</summary>
    public static void Check(DataTable table, string target, string techniqueId, IReadOnlyDictionary<string, string>? settings = null)
    {
        var regression = !table.Columns[table.IndexOf(target)].IsNominal;
        var trainRows = Enumerable.Range(0, table.RowCount).Where(r => r % 4 != 0).ToArray();
        var testRows = Enumerable.Range(0, table.RowCount).Where(r => r % 4 == 0).ToArray();
        var trainTable = new DataTable(table.Source, table.Columns.Select(c => c.Gather(trainRows)).ToList());
        var testTable = new DataTable("test rows", table.Columns.Select(c => c.Gather(testRows)).ToList());
        var train = DatasetBuilder.Build(trainTable, target);
        var test = DatasetBuilder.BuildTest(train, testTable);

        var technique = FeaturizedTechnique.Wrap(Catalog.Get(techniqueId).CreateChecked(new TechniqueSettings(techniqueId, settings)));
        using var model = (FeaturizedModel)technique.Fit(train, new FitContext { Seed = 7, Threads = 1 });
        var expected = new float[test.RowCount * model.OutputLength];
        model.PredictBatch(test.ToRowMajor(), test.RowCount, expected);

        var schema = new ExportSchema(techniqueId, techniqueId, train.Task, target, train.Target.Levels, model.Featurizer);
        var path = Path.Combine(Path.GetTempPath(), $"tradeoff-parity-{techniqueId}-{Environment.ProcessId}.onnx");
        File.WriteAllBytes(path, OnnxExport.Write(model, schema));
        try
        {
            using var onnx = new OnnxPredictor(path);
            var actual = onnx.Predict(testTable);
            Compare(expected, actual, model.OutputLength, regression);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Compare(float[] expected, float[] actual, int width, bool regression)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var r = 0; r < expected.Length / width; r++)
        {
            var e = expected.AsSpan(r * width, width);
            var a = actual.AsSpan(r * width, width);
            if (regression)
            {
                Assert.True(Math.Abs(e[0] - a[0]) <= 1e-5 * Math.Max(1, Math.Abs(e[0])), $"row {r}: Tradeoff {e[0]}, ONNX Runtime {a[0]}");
                continue;
            }

            Assert.True(PredictionCsv.ArgMax(e) == PredictionCsv.ArgMax(a), $"row {r}: Tradeoff class {PredictionCsv.ArgMax(e)} ({string.Join(", ", e.ToArray())}), ONNX Runtime {PredictionCsv.ArgMax(a)} ({string.Join(", ", a.ToArray())})");
            for (var c = 0; c < width; c++)
            {
                Assert.True(Math.Abs(e[c] - a[c]) <= 1e-5, $"row {r} class {c}: Tradeoff {e[c]}, ONNX Runtime {a[c]}");
            }
        }
    }

    /// <summary>
    /// Tiny 8x8 grey images in code (no image set is small enough for a unit test): class "top" when the upper half is
    /// the brighter, else "bottom", with seeded noise.
    /// </summary>
    public static DataTable Images(int rows = 240, int seed = 5)
    {
        var random = new Random(seed);
        var pixels = Enumerable.Range(0, 64).Select(_ => new float[rows]).ToArray();
        var classes = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            var top = r % 2 == 0;
            classes[r] = top ? 0 : 1;
            for (var p = 0; p < 64; p++)
            {
                var bright = (p < 32) == top;
                pixels[p][r] = (float)Math.Round((bright ? 160 : 60) + (random.NextDouble() * 80));
            }
        }

        var columns = pixels.Select((v, p) => new Column("pixel" + p, ColumnKind.Numeric, v)).ToList();
        columns.Add(new Column("class", ColumnKind.Nominal, classes, ["top", "bottom"]));
        return new DataTable("images", columns);
    }

    // Deterministic holes in every feature column (never the two targets), so imputation and missing branches are exercised.
    public static DataTable WithMissing(DataTable table)
    {
        var columns = table.Columns.Select((c, i) =>
        {
            if (c.Name is "class" or "credit_amount")
            {
                return c;
            }

            var values = (float[])c.Values.Clone();
            for (var r = (i * 3) % 11; r < values.Length; r += 11)
            {
                values[r] = float.NaN;
            }

            return new Column(c.Name, c.Kind, values, c.IsNominal ? c.Levels : null);
        }).ToList();
        return new DataTable(table.Source, columns);
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Tradeoff.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Tradeoff.slnx not found above " + AppContext.BaseDirectory);
    }
}
