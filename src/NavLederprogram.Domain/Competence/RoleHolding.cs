using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>A job role held by a person at an office, as the status calculator needs it.</summary>
public sealed record RoleHolding(Guid PersonId, Guid OfficeId, Guid RegionId, Guid JobRoleId, DateOnly StartDate);
