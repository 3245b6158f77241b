using Microsoft.EntityFrameworkCore;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

[ModuleContract]
public sealed class JobRoleRow
{
    public Guid Id { get; init; }
    public int SortOrder { get; init; }
}
