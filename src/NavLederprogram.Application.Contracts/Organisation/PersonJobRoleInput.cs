using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed class PersonJobRoleInput
{
    public Guid? JobRoleId { get; set; }
    public DateOnly? StartDate { get; set; }
}
