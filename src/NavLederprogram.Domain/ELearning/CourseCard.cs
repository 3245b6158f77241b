using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>What other modules know of a course: its code, its title (of the published version, else the latest draft) and whether learners can take it.</summary>
[ModuleContract]
public sealed record CourseCard(Guid Id, string Code, TranslatedText Title, bool IsPublished);
