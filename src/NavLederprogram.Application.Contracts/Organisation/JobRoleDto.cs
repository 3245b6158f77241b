using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed record JobRoleDto(Guid Id, string Code, string Name, bool IsLeaderRole);
