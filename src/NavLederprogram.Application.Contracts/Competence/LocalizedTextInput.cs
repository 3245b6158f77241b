using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>A text in bokmål, nynorsk and English; all three are required.</summary>
public sealed class LocalizedTextInput
{
    public string? Nb { get; set; }
    public string? Nn { get; set; }
    public string? En { get; set; }
}
