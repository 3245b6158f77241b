using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed class RetireRequirementInput
{
    public DateOnly? ValidFrom { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
