using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

[ModuleContract]
public sealed record JobRoleCard(Guid Id, string Code, bool IsLeaderRole, int SortOrder, string NameKey);
