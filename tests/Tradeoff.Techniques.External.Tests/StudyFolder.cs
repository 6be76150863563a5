using System.Globalization;
using System.Text;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Runs;

namespace Tradeoff.Techniques.External.Tests;

/// <summary>
/// A study folder in the temp folder: a small data set (size, colour -> big when size &gt; 5), the ONNX fixtures under
/// models/, a shell program prog.sh that speaks the command protocol in several ways, and a study over them.
/// </summary>
internal sealed class StudyFolder : IDisposable
{
    public const string Program = """
        #!/bin/sh
        mode=$1; shift
        case "$mode:$1" in
          fail:fit) echo "cannot fit: no luck" >&2; exit 3 ;;
          hang:fit) sleep 60 ;;
          memory:fit) /usr/bin/python3 -c "bytearray(1000000000)" || exit 4 ;;
          outside:fit) echo stray > stray.txt; cp "$2" "$3/rows.csv" ;;
          *:fit) cp "$2" "$3/rows.csv" ;;
          malformed:predict) read header; while IFS= read -r line; do [ -n "$line" ] && echo "maybe?"; done ;;
          *:predict) read header; while IFS= read -r line; do [ -n "$line" ] && echo "small,big=0.25,small=0.75"; done ;;
        esac
        exit 0
        """;

    public StudyFolder()
    {
        Path = Directory.CreateTempSubdirectory("tradeoff-byo-").FullName;
        Directory.CreateDirectory(Combine("models"));
        foreach (var fixture in Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.onnx"))
        {
            File.Copy(fixture, Combine("models", System.IO.Path.GetFileName(fixture)));
        }

        File.WriteAllText(Combine("prog.sh"), Program.ReplaceLineEndings("\n") + "\n");
        var data = new StringBuilder("size,colour,label\n");
        var regression = new StringBuilder("a,b,y\n");
        for (var i = 0; i < 40; i++)
        {
            var size = (i * 7 % 11) + 0.5;
            data.Append(CultureInfo.InvariantCulture, $"{size},{(i % 3 == 0 ? "red" : "blue")},{(size > 5 ? "big" : "small")}\n");
            regression.Append(CultureInfo.InvariantCulture, $"{i % 5},{i % 7},{(2 * (i % 5)) + (i % 7)}\n");
        }

        File.WriteAllText(Combine("data.csv"), data.ToString());
        File.WriteAllText(Combine("numbers.csv"), regression.ToString());
    }

    public string Path { get; }

    public static TechniqueCatalog Catalog { get; } = new(OwnTechniques.All) { Brought = ExternalTechniques.For };

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>The study text with <paramref name="techniques"/> (YAML list items) on <paramref name="data"/>.</summary>
    /// <remarks><paramref name="qualities"/> null: every quality.</remarks>
    public static string StudyText(string techniques, string data = "{ train: data.csv, target: label }", string? qualities = "[accuracy, latency, model-size, train-time]") => $"""
        name: brought
        data: {data}
        techniques:
        {techniques}
        protocol: {"{"} folds: 3, seed: 1, latency-samples: 30{(qualities is null ? string.Empty : ", qualities: " + qualities)} {"}"}
        """;

    public Study Read(string text)
    {
        var file = Combine("study.yaml");
        File.WriteAllText(file, text);
        return StudyReader.Read(file, StudyValidationContext.For(Catalog));
    }

    /// <summary>Runs a study of the baseline and <paramref name="entry"/>; returns each technique's result by name.</summary>
    public IReadOnlyDictionary<string, TechniqueResult> Run(string entry, string data = "{ train: data.csv, target: label }", string? qualities = "[accuracy, latency, model-size, train-time]")
    {
        var study = Read(StudyText($"  - baseline\n  - {entry}", data, qualities));
        var outcome = new StudyRunner(Catalog, TimeProvider.System).Run(study, SilentRunObserver.Instance, CancellationToken.None);
        return outcome.Result.Techniques.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
