using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class SaveCohortInput
{
    public Guid? ProgrammeVersionId { get; set; }
    public string? Name { get; set; }
    /// <summary>Empty for a national cohort.</summary>
    public Guid? RegionId { get; set; }
    public int? Capacity { get; set; }
    public bool? RequiresApproval { get; set; }
    public DateOnly? EnrolmentOpensOn { get; set; }
    public DateOnly? EnrolmentClosesOn { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public List<Guid>? FacilitatorUserIds { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
