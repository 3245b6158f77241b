using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record FacilitatorDto(Guid UserId, string Name);
