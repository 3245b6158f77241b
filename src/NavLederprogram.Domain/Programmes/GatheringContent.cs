using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public sealed record GatheringContent(Guid? Id, TranslatedText Title, GatheringFormat Format, int DurationMinutes);
