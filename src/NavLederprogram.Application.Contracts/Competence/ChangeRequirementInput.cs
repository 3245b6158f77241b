using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed class ChangeRequirementInput
{
    public int? MinimumLevel { get; set; }
    public int? DeadlineMonths { get; set; }
    public int? RenewalMonths { get; set; }
    public bool? IsMandatory { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
