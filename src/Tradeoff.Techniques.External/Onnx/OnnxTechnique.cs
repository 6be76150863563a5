using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.External.Onnx;

/// <summary>
/// A pre-trained ONNX model a study brings (<c>{ id: my-net, onnx: models/net.onnx }</c>). Its "fit" learns nothing:
/// it reads the file and binds the graph to the columns of the rows it is given, so cross-validation scores the same
/// model on each held-out part and a test set scores it once. Whatever keeps it from scoring these data (no file, not
/// ONNX, inputs that match no column) is known before any work and is the technique's reason for not being trained.
/// </summary>
internal sealed class OnnxTechnique(TechniqueDescriptor descriptor, BroughtSpec brought, string written) : TechniqueBase(descriptor)
{
    public override string? CannotLearn(Dataset data)
    {
        try
        {
            using var model = Bind(data);
            return null;
        }
        catch (InvalidDataException e)
        {
            return e.Message;
        }
    }

    public override IModel Load(Stream stream) => OnnxModel.Load(stream);

    protected override IModel FitCore(Dataset training, FitContext context) => Bind(training);

    private OnnxModel Bind(Dataset data)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(brought.Source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{written}: the ONNX file cannot be read: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}", e);
        }

        return new OnnxModel(bytes, written, DataSchema.Of(data));
    }
}
