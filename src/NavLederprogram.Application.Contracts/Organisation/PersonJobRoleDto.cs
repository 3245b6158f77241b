using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed record PersonJobRoleDto(Guid JobRoleId, string JobRoleCode, string JobRoleName, DateOnly StartDate);
