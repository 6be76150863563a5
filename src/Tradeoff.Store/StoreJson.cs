using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tradeoff.Store;

/// <summary>
/// JSON and text forms of the store's columns. System.Text.Json writes numbers in the invariant form by
/// nature; named literals keep NaN and infinities in detail maps; enums are kebab-case, as in the results document.
/// </summary>
internal static class StoreJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("A JSON column of the store is null.");

    /// <summary>A map in a canonical form (keys in ordinal order), so that equal maps are equal text.</summary>
    public static string Canonical(IReadOnlyDictionary<string, string> map) =>
        Write(new SortedDictionary<string, string>(map.ToDictionary(), StringComparer.Ordinal));

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Name(value) == text)
            {
                return value;
            }
        }

        throw new InvalidDataException($"The store holds '{text}', which is not a known {typeof(TEnum).Name}.");
    }

    public static string Time(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }
}
