namespace Tradeoff.Core.Techniques;

/// <summary>
/// The header every saved model starts with: a magic number, the technique id and the format version, so that
/// loading the wrong file fails with a clear message instead of garbage predictions.
/// </summary>
public static class ModelHeader
{
    private const int Magic = 0x46445254; // "TRDF"

    /// <summary>Writes the header.</summary>
    public static void Write(BinaryWriter writer, string techniqueId, int version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Magic);
        writer.Write(techniqueId);
        writer.Write(version);
    }

    /// <summary>Reads and checks the header; returns the format version.</summary>
    /// <exception cref="InvalidDataException">Not a model of <paramref name="techniqueId"/>, or a newer format.</exception>
    public static int Read(BinaryReader reader, string techniqueId, int maxVersion)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("Not a Tradeoff model file.");
        }

        var id = reader.ReadString();
        if (!string.Equals(id, techniqueId, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The file holds a '{id}' model, not a '{techniqueId}' model.");
        }

        var version = reader.ReadInt32();
        if (version < 1 || version > maxVersion)
        {
            throw new InvalidDataException($"'{techniqueId}' model format {version} is not supported (up to {maxVersion}).");
        }

        return version;
    }
}
