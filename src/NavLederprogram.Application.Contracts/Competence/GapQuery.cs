using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public class GapQuery
{
    public Guid? RegionId { get; set; }
    public Guid? OfficeId { get; set; }
    public Guid? JobRoleId { get; set; }
    public Guid? CompetenceAreaId { get; set; }
    /// <summary>Count recommended requirements too, not only mandatory ones.</summary>
    public bool IncludeRecommended { get; set; }
}
