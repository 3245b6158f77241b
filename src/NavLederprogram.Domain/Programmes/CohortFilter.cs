using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record CohortFilter(CohortStatus? Status, Guid? RegionId, Guid? FacilitatorUserId, IReadOnlyCollection<Guid>? VisibleRegionIds);
