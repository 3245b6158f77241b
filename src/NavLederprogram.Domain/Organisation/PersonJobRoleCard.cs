using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

[ModuleContract]
public sealed record PersonJobRoleCard(Guid JobRoleId, DateOnly StartDate);
