using System.Text.Json;
using Tradeoff.Core;

namespace Tradeoff.Runs.Json;

/// <summary>Reads a results document from a file, turning every problem into one line that names the file and place.</summary>
public static class ResultsFile
{
    /// <summary>The document in <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, is not JSON, or is not a results document.</exception>
    public static ResultsDocument Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: no such results file (tradeoff run ... --json PATH or --report DIR writes one)");
        }

        try
        {
            using var stream = File.OpenRead(path);
            // The document's required members (study, environment) make a foreign JSON file fail here.
            return ResultsJson.Read(stream);
        }
        catch (JsonException e)
        {
            throw new Core.FileFormatException(path, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1, "not a Tradeoff results document: " + FirstLine(e.Message));
        }
        catch (InvalidDataException e)
        {
            throw new Core.FileFormatException(path, null, null, e.Message);
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
