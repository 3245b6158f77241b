using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record MyEnrolmentDto(Guid Id, EnrolmentStatus Status, string StatusName, int? WaitlistPosition);
