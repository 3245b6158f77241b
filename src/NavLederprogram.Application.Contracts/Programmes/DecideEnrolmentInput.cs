using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class DecideEnrolmentInput
{
    public string? Reason { get; set; }
}
