using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class CreateVersionInput
{
    /// <summary>The version whose modules the new draft starts from; empty for an empty draft.</summary>
    public Guid? CopyFromVersionId { get; set; }
    public TranslatedTextInput? Name { get; set; }
    public TranslatedTextInput? Description { get; set; }
}
