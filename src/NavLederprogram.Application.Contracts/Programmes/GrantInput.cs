using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class GrantInput
{
    public Guid? CompetenceAreaId { get; set; }
    public int? Level { get; set; }
    public int? ValidMonths { get; set; }
}
