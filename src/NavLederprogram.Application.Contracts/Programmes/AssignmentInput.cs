using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class AssignmentInput
{
    public Guid? Id { get; set; }
    public TranslatedTextInput? Title { get; set; }
    public TranslatedTextInput? Instructions { get; set; }
    public int? DueDaysAfterUnlock { get; set; }
}
