namespace Tradeoff.Core.Studies;

/// <summary>How a brought model reaches Tradeoff: a pre-trained ONNX file, or a program that trains and predicts.</summary>
public enum BroughtKind
{
    /// <summary><c>{ id: my-net, onnx: models/net.onnx }</c>: a pre-trained model, scored, never trained.</summary>
    Onnx,

    /// <summary><c>{ id: my-sklearn, command: "python3 train.py" }</c>: a program that fits and predicts through the command protocol (docs/BRING-YOUR-OWN.md).</summary>
    Command,
}

/// <summary>
/// A model a study brings beside the built-in techniques (docs/BRING-YOUR-OWN.md), as its entry was read and checked.
/// </summary>
/// <param name="Kind">An ONNX file or a command.</param>
/// <param name="Source">The ONNX file's real path (inside the study's folder), or the command line as written.</param>
/// <param name="Folder">The study's folder: a command runs there; an ad hoc study's is the current directory.</param>
public sealed record BroughtSpec(BroughtKind Kind, string Source, string Folder)
{
    /// <summary>The technique id a brought model's results carry (<c>onnx</c>, <c>command</c>); its own id is the instance's name.</summary>
    public string TechniqueId => Kind == BroughtKind.Onnx ? "onnx" : "command";

    /// <summary>How long one call of a command (fit, or the whole of predicting) may take; null for the default.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>The address space a command's process may take, in bytes; null for the default.</summary>
    public long? MemoryLimitBytes { get; init; }
}
