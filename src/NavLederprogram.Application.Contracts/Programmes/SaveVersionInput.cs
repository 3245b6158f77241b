using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class SaveVersionInput
{
    public TranslatedTextInput? Name { get; set; }
    public TranslatedTextInput? Description { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
