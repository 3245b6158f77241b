using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class RunMilestoneInput
{
    public string? Key { get; set; }
}
