namespace NavLederprogram.Programmes;

public sealed record ModuleProgressDto(Guid ModuleId, int Order, ContentTextDto Title, ContentTextDto Description, IReadOnlyList<ContentTextDto> LearningOutcomes, string? CourseReference,
    DateOnly UnlocksOn, bool Unlocked, bool ELearningDone, DateOnly? CompletedOn,
    IReadOnlyList<SessionAttendanceDto> Sessions, IReadOnlyList<AssignmentProgressDto> Assignments, IReadOnlyList<ReflectionProgressDto> Reflections);
