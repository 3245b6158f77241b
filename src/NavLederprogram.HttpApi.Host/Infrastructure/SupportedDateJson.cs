using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>
/// Every date read from a JSON body must lie within <see cref="SupportedDates"/>: a property setter check on all
/// DateOnly properties of every input, so that no service does date arithmetic on 0001-01-01 or 9999-12-31.
/// A modifier rather than a converter, so the OpenAPI document still describes the dates as dates.
/// </summary>
public static class SupportedDateJson
{
    public static void RejectUnsupportedDates(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in type.Properties)
        {
            if ((property.PropertyType != typeof(DateOnly) && property.PropertyType != typeof(DateOnly?)) || property.Set is not { } set) continue;
            property.Set = (target, value) =>
            {
                if (value is DateOnly day && !SupportedDates.Contains(day)) throw new DateOutOfRangeException();
                set(target, value);
            };
        }
    }
}

/// <summary>The JSON reader adds the property's path, so the answer names the field.</summary>
public sealed class DateOutOfRangeException() : JsonException("The date is outside the supported range.");
