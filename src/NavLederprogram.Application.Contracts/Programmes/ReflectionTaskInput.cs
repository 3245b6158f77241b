using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class ReflectionTaskInput
{
    public Guid? Id { get; set; }
    public TranslatedTextInput? Prompt { get; set; }
}
