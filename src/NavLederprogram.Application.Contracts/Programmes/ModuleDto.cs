using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record ModuleDto(Guid Id, int Order, TranslatedTextDto Title, TranslatedTextDto Description, IReadOnlyList<TranslatedTextDto> LearningOutcomes, string? CourseReference,
    IReadOnlyList<GatheringDto> Gatherings, IReadOnlyList<AssignmentDto> Assignments, IReadOnlyList<ReflectionTaskDto> ReflectionTasks, IReadOnlyList<GrantDto> Grants);
