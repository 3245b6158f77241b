using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed class SaveProficiencyScaleInput
{
    public LocalizedTextInput? Name { get; set; }
    /// <summary>The levels from lowest to highest; level numbers follow the order.</summary>
    public List<LocalizedTextInput>? Levels { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
