namespace NavLederprogram.Programmes;

/// <summary>The caller's cohorts; a user not linked to a person has none, and <see cref="NoPerson"/> says why.</summary>
public sealed record MyProgrammeDto(IReadOnlyList<MyCohortDto> Cohorts, Organisation.NoPersonDto? NoPerson = null);

public sealed record MyCohortDto
{
    public required Guid EnrolmentId { get; init; }
    public required Guid CohortId { get; init; }
    public required string CohortName { get; init; }
    public required ContentTextDto VersionName { get; init; }
    public required CohortStatus CohortStatus { get; init; }
    public required string CohortStatusName { get; init; }
    public required DateOnly StartsOn { get; init; }
    public required DateOnly EndsOn { get; init; }
    public required EnrolmentStatus Status { get; init; }
    public required string StatusName { get; init; }
    public required int? WaitlistPosition { get; init; }
    public required int ModulesCompleted { get; init; }
    public required IReadOnlyList<ModuleProgressDto> Modules { get; init; }
    public required SessionDto? NextSession { get; init; }
    public required IReadOnlyList<UpcomingDeadlineDto> UpcomingDeadlines { get; init; }
    public required Guid? CertificateId { get; init; }
}

public sealed record UpcomingDeadlineDto(Guid AssignmentId, ContentTextDto Title, ContentTextDto ModuleTitle, DateOnly DueOn, AssignmentStatus? Status);

public sealed record ModuleProgressDto(Guid ModuleId, int Order, ContentTextDto Title, ContentTextDto Description, IReadOnlyList<ContentTextDto> LearningOutcomes, string? CourseReference,
    DateOnly UnlocksOn, bool Unlocked, bool ELearningDone, DateOnly? CompletedOn,
    IReadOnlyList<SessionAttendanceDto> Sessions, IReadOnlyList<AssignmentProgressDto> Assignments, IReadOnlyList<ReflectionProgressDto> Reflections);

public sealed record SessionAttendanceDto(SessionDto Session, bool? Present);

public sealed record AssignmentProgressDto(Guid AssignmentId, ContentTextDto Title, ContentTextDto Instructions, DateOnly DueOn, AssignmentStatus? Status, string? StatusName,
    string? Answer, DateTime? SubmittedAt, string? Feedback, string? ReviewedBy);

/// <summary>The text is the participant's own reflection, shown to them alone.</summary>
public sealed record ReflectionProgressDto(Guid ReflectionTaskId, ContentTextDto Prompt, string? Text, DateTime? WrittenAt);

public sealed record AttendanceSheetDto(Guid CohortId, SessionDto Session, IReadOnlyList<AttendanceRowDto> Rows);

public sealed record AttendanceRowDto(Guid EnrolmentId, string PersonName, string OfficeName, bool? Present);

public sealed record AssessmentDto(Guid EnrolmentId, string PersonName, Guid ModuleId, ContentTextDto ModuleTitle, Guid AssignmentId, ContentTextDto AssignmentTitle,
    string Answer, DateTime SubmittedAt, AssignmentStatus Status, string StatusName, string? Feedback);

public sealed class SubmitAssignmentInput
{
    public string? Answer { get; set; }
}

public sealed class WriteReflectionInput
{
    public string? Text { get; set; }
}

public sealed class AttendanceInput
{
    public List<AttendanceEntryInput>? Entries { get; set; }
}

public sealed class AttendanceEntryInput
{
    public Guid? EnrolmentId { get; set; }
    public bool? Present { get; set; }
}

public sealed class ReviewAssignmentInput
{
    public bool? Approved { get; set; }
    public string? Feedback { get; set; }
}

public interface IParticipantProgressAppService
{
    Task<MyProgrammeDto> GetMineAsync(CancellationToken ct);
    Task<MyCohortDto> MarkELearningDoneAsync(Guid enrolmentId, Guid moduleId, CancellationToken ct);
    Task<MyCohortDto> SubmitAssignmentAsync(Guid enrolmentId, Guid assignmentId, SubmitAssignmentInput input, CancellationToken ct);
    Task<MyCohortDto> WriteReflectionAsync(Guid enrolmentId, Guid reflectionTaskId, WriteReflectionInput input, CancellationToken ct);
}

public interface IFacilitationAppService
{
    Task<AttendanceSheetDto> GetAttendanceAsync(Guid cohortId, Guid sessionId, CancellationToken ct);
    Task<AttendanceSheetDto> RegisterAttendanceAsync(Guid cohortId, Guid sessionId, AttendanceInput input, CancellationToken ct);
    /// <summary>Submissions in the cohort, those waiting for assessment first.</summary>
    Task<IReadOnlyList<AssessmentDto>> GetAssessmentsAsync(Guid cohortId, CancellationToken ct);
    Task<AssessmentDto> ReviewAsync(Guid cohortId, Guid enrolmentId, Guid assignmentId, ReviewAssignmentInput input, CancellationToken ct);
}
