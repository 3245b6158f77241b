using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace NavLederprogram.Localization;

/// <summary>
/// The one source of user-facing texts: the embedded nb/nn/en JSON files. Bokmål is the fallback
/// because it is the default language of the service.
/// </summary>
public static class LocalizationTexts
{
    public const string DefaultCulture = "nb";
    public static readonly IReadOnlyList<string> Cultures = ["nb", "nn", "en"];

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Cache = new();

    public static IReadOnlyDictionary<string, string> All(string culture) =>
        Cache.GetOrAdd(Normalize(culture), Load);

    public static string Get(string key, string? culture = null, params object?[] args)
    {
        culture ??= CultureInfo.CurrentUICulture.Name;
        var text = All(culture).TryGetValue(key, out var found) ? found
            : All(DefaultCulture).TryGetValue(key, out var fallback) ? fallback
            : key;
        return args.Length == 0 ? text : string.Format(CultureInfo.GetCultureInfo(Normalize(culture)), text, args);
    }

    /// <summary>The text of a key that may not exist, e.g. one named after a job; <paramref name="fallback"/> otherwise.</summary>
    public static string? GetOrDefault(string key, string? fallback, string? culture = null) =>
        All(culture ?? CultureInfo.CurrentUICulture.Name).TryGetValue(key, out var text) ? text : fallback;

    /// <summary>Maps any requested culture (nb-NO, no, nn-NO, en-GB…) to one we have.</summary>
    public static string Normalize(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture)) return DefaultCulture;
        var lang = culture.Split('-', '_')[0].ToLowerInvariant();
        return lang switch
        {
            "nn" => "nn",
            "en" => "en",
            _ => DefaultCulture,
        };
    }

    private static IReadOnlyDictionary<string, string> Load(string culture)
    {
        var assembly = typeof(LocalizationTexts).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".Localization.{culture}.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        var file = JsonSerializer.Deserialize<LocalizationFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException($"Empty localization file {resource}");
        return file.Texts;
    }

    private sealed record LocalizationFile(string Culture, Dictionary<string, string> Texts);
}
