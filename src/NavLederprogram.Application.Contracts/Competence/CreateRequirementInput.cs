using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed class CreateRequirementInput
{
    public Guid? JobRoleId { get; set; }
    public Guid? CompetenceAreaId { get; set; }
    /// <summary>Set for a requirement a region adds for its offices; leave both empty for a national requirement.</summary>
    public Guid? RegionId { get; set; }
    public Guid? OfficeId { get; set; }
    public int? MinimumLevel { get; set; }
    public int? DeadlineMonths { get; set; }
    /// <summary>Months the evidence stays valid; empty when it never needs renewal.</summary>
    public int? RenewalMonths { get; set; }
    public bool? IsMandatory { get; set; }
    public DateOnly? ValidFrom { get; set; }
}
