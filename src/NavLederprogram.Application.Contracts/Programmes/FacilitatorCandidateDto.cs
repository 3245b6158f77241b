using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record FacilitatorCandidateDto(Guid UserId, string Name);
