using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>Which statuses a gap report reads. <see cref="OfficeIds"/> null means the whole country.</summary>
public sealed record GapFilter(IReadOnlySet<Guid>? OfficeIds, Guid? RegionId = null, Guid? OfficeId = null, Guid? JobRoleId = null,
    Guid? CompetenceAreaId = null, CompetenceStatus? Status = null, bool MandatoryOnly = true);
