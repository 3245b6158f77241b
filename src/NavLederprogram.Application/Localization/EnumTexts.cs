namespace NavLederprogram.Localization;

/// <summary>The display name of an enum value, from its <c>Enum:Type.Value</c> text in the request's language.</summary>
internal static class EnumTexts
{
    public static string Get<T>(string type, T value) where T : struct, Enum => LocalizationTexts.Get($"Enum:{type}.{value}");
}
