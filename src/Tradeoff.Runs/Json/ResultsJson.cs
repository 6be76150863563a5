using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tradeoff.Runs.Json;

/// <summary>Writes and reads the results document (docs/results.schema.json): camelCase, kebab-case enums, null for non-finite numbers.</summary>
public static class ResultsJson
{
    /// <summary>The serializer settings every results document uses.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes <paramref name="document"/> to <paramref name="stream"/>.</summary>
    public static void Write(ResultsDocument document, Stream stream) => JsonSerializer.Serialize(stream, document, Options);

    /// <summary>The document as text.</summary>
    public static string ToJson(ResultsDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Reads a document that <see cref="Write"/> wrote.</summary>
    public static ResultsDocument Read(Stream stream) =>
        JsonSerializer.Deserialize<ResultsDocument>(stream, Options) ?? throw new InvalidDataException("The results document is empty.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Column and technique names are data: keep them readable, escaping happens in HTML rendering.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new NonFiniteAsNullConverter());
        return options;
    }
}
