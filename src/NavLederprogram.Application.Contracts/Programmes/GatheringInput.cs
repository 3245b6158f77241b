using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class GatheringInput
{
    public Guid? Id { get; set; }
    public TranslatedTextInput? Title { get; set; }
    public GatheringFormat? Format { get; set; }
    public int? DurationMinutes { get; set; }
}
