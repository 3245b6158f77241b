using NavLederprogram.Competence;
using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>What a course version says about itself: its texts, where it belongs in the catalogue, and what completing it gives.</summary>
public sealed record CourseDetails(
    TranslatedText Title,
    TranslatedText Summary,
    TranslatedText Description,
    CourseCategory Category,
    string ContentLanguage,
    int EstimatedMinutes,
    IReadOnlyList<Guid> TargetJobRoleIds,
    IReadOnlyList<CompetenceGrant> Grants,
    CourseCompletionRule CompletionRule);
