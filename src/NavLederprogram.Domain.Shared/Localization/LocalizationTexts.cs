using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace NavLederprogram.Localization;

/// <summary>
/// The one source of user-facing texts: the embedded nb/nn/en JSON files, one set per module. Bokmål is the fallback
/// because it is the default language of the service.
/// </summary>
public static class LocalizationTexts
{
    public const string DefaultCulture = "nb";
    public static readonly IReadOnlyList<string> Cultures = ["nb", "nn", "en"];

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Cache = new();

    public static IReadOnlyDictionary<string, string> All(string culture) =>
        Cache.GetOrAdd(Normalize(culture), Load);

    /// <summary>
    /// Families of texts only the server writes: error messages (they reach the browser inside ProblemDetails, already in
    /// the reader's language), e-mail and notification texts, calendar entries, PDFs and export headings.
    /// </summary>
    public static readonly IReadOnlyList<string> ServerOnlyPrefixes =
        ["Error:", "Notification:", "Calendar:", "Certificate:Pdf", "CourseCertificate:Pdf", "Competence:Export"];

    /// <summary>The module whose texts make the shell: the frame, the menu, the home page and the texts every page shares.</summary>
    public const string ShellModule = "Common";

    private const string PagePrefix = "Page:";

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> BrowserCache = new();
    private static readonly ConcurrentDictionary<(string Culture, string Module), IReadOnlyDictionary<string, string>> PageCache = new();

    /// <summary>
    /// The texts every page load downloads: what the browser shows, without what only the server writes, and without the page
    /// texts of the modules (<see cref="PageTexts"/>), which come with the pages that show them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForBrowser(string culture) =>
        BrowserCache.GetOrAdd(Normalize(culture), c => Modules(c)
            .SelectMany(m => m.Value.Where(t => IsForBrowser(t.Key) && (m.Key == ShellModule || !IsPageText(t.Key))))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(t => t.Key, t => t.Value));

    /// <summary>
    /// The page texts (<c>Page:</c>) of one module, which the browser fetches when it opens one of the module's pages; null
    /// for a module there is none of. The shell's page texts are part of <see cref="ForBrowser"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? PageTexts(string culture, string module)
    {
        if (module == ShellModule || !ModuleNames.Value.Contains(module)) return null;
        return PageCache.GetOrAdd((Normalize(culture), module), k => Modules(k.Culture)[k.Module]
            .Where(t => IsPageText(t.Key))
            .ToDictionary(t => t.Key, t => t.Value));
    }

    private static readonly Lazy<HashSet<string>> ModuleNames = new(() => [.. Modules(DefaultCulture).Keys]);

    private static bool IsForBrowser(string key) => !ServerOnlyPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));

    private static bool IsPageText(string key) => key.StartsWith(PagePrefix, StringComparison.Ordinal);

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

    /// <summary>
    /// The key of an enum value's text, <c>Enum:{Type}.{Value}</c> (<c>Enum:CohortStatus.Running</c>): the one convention the
    /// server and the Angular app (its enumLabel pipe) label enum values with.
    /// </summary>
    public static string EnumKey<T>(T value) where T : struct, System.Enum => $"Enum:{typeof(T).Name}.{value}";

    /// <summary>An enum value in words, in the given or current language.</summary>
    public static string EnumText<T>(T value, string? culture = null) where T : struct, System.Enum => Get(EnumKey(value), culture);

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

    /// <summary>
    /// The texts of one culture per module file (Localization/{Module}/{culture}.json), for the checks that keep
    /// the files in order; the app reads the merged <see cref="All"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Modules(string culture)
    {
        culture = Normalize(culture);
        var assembly = typeof(LocalizationTexts).Assembly;
        var suffix = $".{culture}.json";
        var modules = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(suffix, StringComparison.Ordinal)))
        {
            var start = resource.LastIndexOf(ResourceFolder, StringComparison.Ordinal);
            if (start < 0) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var file = JsonSerializer.Deserialize<LocalizationFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? throw new InvalidOperationException($"Empty localization file {resource}");
            if (file.Culture != culture) throw new InvalidOperationException($"{resource} says it is culture '{file.Culture}'");
            modules.Add(resource[(start + ResourceFolder.Length)..^suffix.Length], file.Texts);
        }
        return modules;
    }

    private const string ResourceFolder = ".Localization.";

    // One dictionary per culture, so a key defined in two module files is a start-up error rather than a silent winner.
    private static IReadOnlyDictionary<string, string> Load(string culture)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (module, moduleTexts) in Modules(culture))
        {
            foreach (var (key, text) in moduleTexts)
            {
                if (!texts.TryAdd(key, text))
                    throw new InvalidOperationException($"The text key {key} is defined twice in {culture}; the second time in {module}/{culture}.json");
            }
        }
        if (texts.Count == 0) throw new InvalidOperationException($"No localization files for {culture}");
        return texts.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
    }

    private sealed record LocalizationFile(string Culture, Dictionary<string, string> Texts);
}
