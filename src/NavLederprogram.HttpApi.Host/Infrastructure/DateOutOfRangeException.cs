using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>The JSON reader adds the property's path, so the answer names the field.</summary>
public sealed class DateOutOfRangeException() : JsonException("The date is outside the supported range.");
