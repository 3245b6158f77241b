using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record SessionDto(Guid Id, Guid ModuleId, ContentTextDto ModuleTitle, ContentTextDto Title, GatheringFormat Format, string FormatName,
    DateTime StartsAt, DateTime EndsAt, int DurationMinutes, string? Place, string? VideoLink);
