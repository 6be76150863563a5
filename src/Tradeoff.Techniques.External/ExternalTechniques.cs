using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.External.Command;
using Tradeoff.Techniques.External.Onnx;

namespace Tradeoff.Techniques.External;

/// <summary>
/// The models a study brings (docs/BRING-YOUR-OWN.md) as techniques: each entry of the study's <c>techniques</c> with
/// <c>onnx:</c> or <c>command:</c> becomes a descriptor of its own, which <see cref="TechniqueCatalog.Brought"/> asks for.
/// </summary>
public static class ExternalTechniques
{
    private static readonly IReadOnlySet<TaskKind> AllTasks = new HashSet<TaskKind> { TaskKind.BinaryClassification, TaskKind.MulticlassClassification, TaskKind.Regression };

    /// <summary>The descriptor of a brought model's entry <paramref name="spec"/>.</summary>
    public static TechniqueDescriptor For(TechniqueSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var brought = spec.Brought ?? throw new ArgumentException($"technique '{spec.Name}' is not a brought model", nameof(spec));
        var onnx = brought.Kind == BroughtKind.Onnx;
        TechniqueDescriptor? descriptor = null;
        descriptor = new TechniqueDescriptor
        {
            Id = brought.TechniqueId,
            Summary = onnx ? "a pre-trained ONNX model the study brings, scored by ONNX Runtime" : "a program the study brings, fitted and asked for predictions through the command protocol",
            // The raw rows reach it: the model or the program does its own featurization.
            Capabilities = new TechniqueCapabilities { Tasks = AllTasks, HandlesCategorical = true, HandlesMissing = true, Pretrained = onnx, Brought = true },
            Settings = spec.Settings.Select(p => (SettingDeclaration)SettingDeclaration.Choice(p.Key, p.Value, "as the study entry wrote it", p.Value)).ToList(),
            Create = _ => onnx
                ? new OnnxTechnique(descriptor!, brought, spec.Settings["onnx"])
                : new CommandTechnique(descriptor!, brought, spec.Name),
        };
        return descriptor;
    }
}
