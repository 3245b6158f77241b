using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record ModuleScheduleDto(Guid ModuleId, int Order, ContentTextDto Title, DateOnly UnlocksOn, IReadOnlyList<DeadlineDto> Deadlines);
