using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed class SaveCompetenceCategoryInput
{
    public LocalizedTextInput? Name { get; set; }
    public int? SortOrder { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
