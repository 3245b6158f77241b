using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NavLederprogram.Localization;

namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>
/// JSON for the parts of an aggregate stored as one document in its row (a version's modules or lessons). Texts are
/// objects <c>{"Nb": …, "Nn": …, "En": …}</c>; a text stored as a plain string, as every text was before content could
/// be translated, reads as bokmål, so rows written earlier need no rewrite.
/// </summary>
public static class DomainJson
{
    /// <summary>
    /// Options that reach the types of <paramref name="domainNamespace"/> as EF does: they keep their setters and
    /// parameterless constructors private so that only the aggregate changes them. Computed properties (no setter) are
    /// not stored.
    /// </summary>
    public static JsonSerializerOptions OptionsFor(string domainNamespace) => new()
    {
        Converters = { new TranslatedTextConverter(), new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { info => ReadDomainObjects(info, domainNamespace) } },
    };

    private static void ReadDomainObjects(JsonTypeInfo info, string domainNamespace)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace != domainNamespace) return;
        if (info.CreateObject is null && info.Type.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes) is { } constructor)
            info.CreateObject = () => constructor.Invoke(null);
        foreach (var property in info.Properties.ToList())
        {
            if (property.AttributeProvider is not PropertyInfo clr) continue;
            var setter = clr.GetSetMethod(nonPublic: true);
            if (setter is null) info.Properties.Remove(property);
            else property.Set ??= (target, value) => setter.Invoke(target, [value]);
        }
    }

    private sealed class TranslatedTextConverter : JsonConverter<TranslatedText>
    {
        public override TranslatedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return TranslatedText.Empty;
            if (reader.TokenType == JsonTokenType.String) return new TranslatedText(reader.GetString()!);
            string? nb = null, nn = null, en = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                switch (name)
                {
                    case "Nb": nb = value; break;
                    case "Nn": nn = value; break;
                    case "En": en = value; break;
                    default: reader.Skip(); break;
                }
            }
            return new TranslatedText(nb ?? "", nn, en);
        }

        public override void Write(Utf8JsonWriter writer, TranslatedText value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("Nb", value.Nb);
            if (value.Nn is not null) writer.WriteString("Nn", value.Nn);
            if (value.En is not null) writer.WriteString("En", value.En);
            writer.WriteEndObject();
        }
    }
}
