using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed class RequirementQuery : PagedQuery
{
    public Guid? JobRoleId { get; set; }
    public Guid? CompetenceAreaId { get; set; }
}
