using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed class SaveCompetenceAreaInput
{
    public string? Code { get; set; }
    public Guid? CategoryId { get; set; }
    public Guid? ScaleId { get; set; }
    public LocalizedTextInput? Name { get; set; }
    public LocalizedTextInput? Description { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
