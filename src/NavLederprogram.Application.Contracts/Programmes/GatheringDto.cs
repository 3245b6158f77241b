using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record GatheringDto(Guid Id, TranslatedTextDto Title, GatheringFormat Format, string FormatName, int DurationMinutes);
