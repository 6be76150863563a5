using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tradeoff.Runs.Json;

/// <summary>
/// JSON has no NaN or infinity: a value that could not be measured is written as null (with its
/// <c>notAvailable</c> reason beside it) and read back as NaN.
/// </summary>
internal sealed class NonFiniteAsNullConverter : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
