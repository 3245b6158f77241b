using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record CalendarEntryDto(Guid CohortId, string CohortName, string Kind, string KindName, string Title, DateTime StartsAt, DateTime? EndsAt, bool AllDay, string? Place);
