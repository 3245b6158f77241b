using System.Text.Json;

namespace NavLederprogram.BareHost;

/// <summary>The app's bokmål texts (every module's nb.json), for the names the app's JSON carries beside codes.</summary>
public sealed class Texts(Dictionary<string, string> texts)
{
    public static Texts Load(string folder)
    {
        var all = new Dictionary<string, string>();
        foreach (var file in Directory.GetFiles(folder, "nb.json", SearchOption.AllDirectories))
            foreach (var text in JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("texts").EnumerateObject())
                all[text.Name] = text.Value.GetString() ?? "";
        return new Texts(all);
    }

    public string this[string key] => texts.TryGetValue(key, out var text) ? text : key;
}
