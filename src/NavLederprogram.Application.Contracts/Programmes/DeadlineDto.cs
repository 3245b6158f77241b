using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record DeadlineDto(Guid AssignmentId, Guid ModuleId, ContentTextDto Title, DateOnly DueOn);
