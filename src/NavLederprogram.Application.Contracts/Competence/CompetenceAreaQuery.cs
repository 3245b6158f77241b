using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed class CompetenceAreaQuery : PagedQuery
{
    public Guid? CategoryId { get; set; }
}
