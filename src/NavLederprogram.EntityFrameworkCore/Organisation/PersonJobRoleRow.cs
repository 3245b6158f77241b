using Microsoft.EntityFrameworkCore;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

[ModuleContract]
public sealed class PersonJobRoleRow
{
    public Guid PersonId { get; init; }
    public Guid JobRoleId { get; init; }
    public DateOnly StartDate { get; init; }
}
