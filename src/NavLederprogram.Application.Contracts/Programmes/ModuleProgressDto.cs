namespace NavLederprogram.Programmes;

/// <summary>A module as its participant works on it. <see cref="CourseId"/> is the course <see cref="CourseReference"/> names, to open in the course player.</summary>
public sealed record ModuleProgressDto(Guid ModuleId, int Order, ContentTextDto Title, ContentTextDto Description, IReadOnlyList<ContentTextDto> LearningOutcomes, string? CourseReference,
    DateOnly UnlocksOn, bool Unlocked, bool ELearningDone, DateOnly? CompletedOn,
    IReadOnlyList<SessionAttendanceDto> Sessions, IReadOnlyList<AssignmentProgressDto> Assignments, IReadOnlyList<ReflectionProgressDto> Reflections,
    Guid? CourseId = null, ContentTextDto? CourseTitle = null);
