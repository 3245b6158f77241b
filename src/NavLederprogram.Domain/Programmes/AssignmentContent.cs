using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public sealed record AssignmentContent(Guid? Id, TranslatedText Title, TranslatedText Instructions, int DueDaysAfterUnlock);
