namespace Tradeoff.Export.Exporters;

/// <summary>
/// The one registration list of ONNX writers: a technique becomes exportable with one exporter file and one line
/// here. A technique no exporter handles is refused with its reason from <see cref="NotExportable"/>.
/// </summary>
internal static class OnnxExporters
{
    public static IReadOnlyList<IOnnxExporter> All { get; } =
    [
        new TreeExporter(),
        new BoostedTreesExporter(),
        new LinearExporter(),
        new OneRuleExporter(),
        new NaiveBayesExporter(),
        new BaselineExporter(),
        new MlpExporter(),
        new ConvExporter(),
    ];

    /// <summary>Why a technique's model has no ONNX form, by technique id.</summary>
    public static IReadOnlyDictionary<string, string> NotExportable { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["k-nearest-neighbours"] = "its model is the training rows, searched at every prediction with its distance kernel, weighting and tie rule; ONNX has no nearest-neighbour operator and no writer rebuilds that search from TopK yet",
    };
}
