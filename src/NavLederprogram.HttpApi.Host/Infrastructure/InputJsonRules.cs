using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>
/// Rules every JSON body meets while it is read, for all inputs at once: dates lie within <see cref="SupportedDates"/>,
/// so that no service does date arithmetic on 0001-01-01 or 9999-12-31; lists hold no null items, which no
/// input means and which services would otherwise trip over; and no text holds the NUL character, which PostgreSQL
/// cannot store in a text column (it would fail the save instead of the request). Property setter checks rather than converters, so the
/// OpenAPI document still describes the types as they are.
/// </summary>
public static class InputJsonRules
{
    public static void Apply(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in type.Properties)
        {
            if (property.Set is not { } set) continue;
            if (property.PropertyType == typeof(DateOnly) || property.PropertyType == typeof(DateOnly?))
                property.Set = (target, value) =>
                {
                    if (value is DateOnly day && !SupportedDates.Contains(day)) throw new DateOutOfRangeException();
                    set(target, value);
                };
            else if (property.PropertyType == typeof(string))
                property.Set = (target, value) =>
                {
                    if (value is string text && HasNul(text)) throw new JsonException("A text holds the NUL character.");
                    set(target, value);
                };
            else if (typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
                property.Set = (target, value) =>
                {
                    if (value is IEnumerable items && items.Cast<object?>().Any(i => i is null || i is string text && HasNul(text)))
                        throw new JsonException("A list holds an empty item or a text with the NUL character.");
                    set(target, value);
                };
        }
    }

    private static bool HasNul(string text) => text.Contains('\0', StringComparison.Ordinal);
}
