using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>What a module of a version contains. Ids are kept across edits and copied into later versions.</summary>
public sealed record ModuleContent(
    TranslatedText Title,
    TranslatedText Description,
    IReadOnlyList<TranslatedText> LearningOutcomes,
    string? CourseReference,
    IReadOnlyList<GatheringContent> Gatherings,
    IReadOnlyList<AssignmentContent> Assignments,
    IReadOnlyList<ReflectionContent> ReflectionTasks,
    IReadOnlyList<GrantContent> Grants);
