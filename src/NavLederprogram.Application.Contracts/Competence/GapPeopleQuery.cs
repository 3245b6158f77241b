using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed class GapPeopleQuery : PagedQuery
{
    public Guid? RegionId { get; set; }
    public Guid? OfficeId { get; set; }
    public Guid? JobRoleId { get; set; }
    public Guid? CompetenceAreaId { get; set; }
    public CompetenceStatus? Status { get; set; }
    public bool IncludeRecommended { get; set; }
}
