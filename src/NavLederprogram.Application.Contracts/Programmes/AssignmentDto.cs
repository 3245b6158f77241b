using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record AssignmentDto(Guid Id, TranslatedTextDto Title, TranslatedTextDto Instructions, int DueDaysAfterUnlock);
