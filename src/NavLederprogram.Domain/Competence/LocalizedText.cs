using NavLederprogram.Entities;

namespace NavLederprogram.Competence;

/// <summary>A text the catalogue keeps in all three languages.</summary>
[ModuleContract]
public sealed record LocalizedText(string Nb, string Nn, string En)
{
    public static readonly LocalizedText Empty = new("", "", "");

    public string In(string? culture) => culture switch
    {
        "nn" => Nn,
        "en" => En,
        _ => Nb,
    };

    public LocalizedText Trimmed() => new(Nb.Trim(), Nn.Trim(), En.Trim());
}
