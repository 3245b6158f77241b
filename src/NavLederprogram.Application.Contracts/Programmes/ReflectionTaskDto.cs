using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record ReflectionTaskDto(Guid Id, TranslatedTextDto Prompt);
