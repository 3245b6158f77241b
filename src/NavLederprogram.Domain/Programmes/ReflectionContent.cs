using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public sealed record ReflectionContent(Guid? Id, TranslatedText Prompt);
