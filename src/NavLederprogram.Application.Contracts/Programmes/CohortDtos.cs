using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record CohortSummaryDto : IHasId
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required Guid ProgrammeVersionId { get; init; }
    public required ContentTextDto VersionName { get; init; }
    public required Guid? RegionId { get; init; }
    public required string? RegionName { get; init; }
    public required CohortStatus Status { get; init; }
    public required string StatusName { get; init; }
    public required int Capacity { get; init; }
    public required int Enrolled { get; init; }
    public required int Waitlisted { get; init; }
    public required int Pending { get; init; }
    public required DateOnly EnrolmentOpensOn { get; init; }
    public required DateOnly EnrolmentClosesOn { get; init; }
    public required DateOnly StartsOn { get; init; }
    public required DateOnly EndsOn { get; init; }
    public required bool AcceptsEnrolment { get; init; }
    public required MyEnrolmentDto? MyEnrolment { get; init; }
}

public sealed record MyEnrolmentDto(Guid Id, EnrolmentStatus Status, string StatusName, int? WaitlistPosition);

public sealed record CohortDto(
    Guid Id, string Name, Guid ProgrammeVersionId, ContentTextDto VersionName, Guid? RegionId, string? RegionName,
    CohortStatus Status, string StatusName, string? StatusReason, int Capacity, bool RequiresApproval,
    int Enrolled, int Waitlisted, int Pending, int OpenAssessments,
    DateOnly EnrolmentOpensOn, DateOnly EnrolmentClosesOn, DateOnly StartsOn, DateOnly EndsOn, bool AcceptsEnrolment,
    IReadOnlyList<FacilitatorDto> Facilitators, IReadOnlyList<SessionDto> Sessions, IReadOnlyList<ModuleScheduleDto> Modules,
    /// <summary>The state changes the cohort can make now, by name: openEnrolment, closeEnrolment, start, complete, cancel.</summary>
    IReadOnlyList<string> AllowedActions, MyEnrolmentDto? MyEnrolment, bool IsFacilitator, string ConcurrencyStamp) : IHasId;

public sealed record FacilitatorDto(Guid UserId, string Name);

public sealed record SessionDto(Guid Id, Guid ModuleId, ContentTextDto ModuleTitle, ContentTextDto Title, GatheringFormat Format, string FormatName,
    DateTime StartsAt, DateTime EndsAt, int DurationMinutes, string? Place, string? VideoLink);

public sealed record ModuleScheduleDto(Guid ModuleId, int Order, ContentTextDto Title, DateOnly UnlocksOn, IReadOnlyList<DeadlineDto> Deadlines);

public sealed record DeadlineDto(Guid AssignmentId, Guid ModuleId, ContentTextDto Title, DateOnly DueOn);

public sealed record MilestoneDto(string Key, MilestoneKind Kind, string KindName, string Description, DateTime FireAt,
    /// <summary>Still a trigger in the scheduler.</summary>
    bool Scheduled, MilestoneOutcomeDto? LastOutcome);

public sealed record MilestoneOutcomeDto(DateTime RanAt, bool Succeeded, string Result, bool ByHand);

public sealed record CalendarEntryDto(Guid CohortId, string CohortName, string Kind, string KindName, string Title, DateTime StartsAt, DateTime? EndsAt, bool AllDay, string? Place);

public sealed record FacilitatorCandidateDto(Guid UserId, string Name);

public sealed class CohortQuery : PagedQuery
{
    public CohortStatus? Status { get; set; }
    public Guid? RegionId { get; set; }
    /// <summary>Only the cohorts the caller facilitates.</summary>
    public bool? Facilitating { get; set; }
}

public sealed class SaveCohortInput
{
    public Guid? ProgrammeVersionId { get; set; }
    public string? Name { get; set; }
    /// <summary>Empty for a national cohort.</summary>
    public Guid? RegionId { get; set; }
    public int? Capacity { get; set; }
    public bool? RequiresApproval { get; set; }
    public DateOnly? EnrolmentOpensOn { get; set; }
    public DateOnly? EnrolmentClosesOn { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public List<Guid>? FacilitatorUserIds { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed class ScheduleSessionInput
{
    /// <summary>The day in Oslo.</summary>
    public DateOnly? Date { get; set; }
    /// <summary>Wall-clock start in Oslo, "HH:mm".</summary>
    public string? StartTime { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed class ScheduleDateInput
{
    public DateOnly? Date { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed class CohortActionInput
{
    /// <summary>Complete although assignments still wait for assessment (admins only, with a reason).</summary>
    public bool? Force { get; set; }
    public string? Reason { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public interface ICohortAppService
{
    Task<PagedResult<CohortSummaryDto>> GetListAsync(CohortQuery query, CancellationToken ct);
    Task<CohortDto> GetAsync(Guid id, CancellationToken ct);
    Task<CohortDto> CreateAsync(SaveCohortInput input, CancellationToken ct);
    Task<CohortDto> UpdateAsync(Guid id, SaveCohortInput input, CancellationToken ct);
    Task<CohortDto> ScheduleSessionAsync(Guid id, Guid sessionId, ScheduleSessionInput input, CancellationToken ct);
    Task<CohortDto> SetModuleUnlockAsync(Guid id, Guid moduleId, ScheduleDateInput input, CancellationToken ct);
    Task<CohortDto> SetDeadlineAsync(Guid id, Guid assignmentId, ScheduleDateInput input, CancellationToken ct);
    /// <summary>One of openEnrolment, closeEnrolment, start, complete, cancel.</summary>
    Task<CohortDto> ChangeStatusAsync(Guid id, string action, CohortActionInput input, CancellationToken ct);
    Task<IReadOnlyList<CalendarEntryDto>> GetCalendarAsync(DateOnly from, DateOnly to, CancellationToken ct);
    Task<IReadOnlyList<FacilitatorCandidateDto>> GetFacilitatorCandidatesAsync(CancellationToken ct);
}

public interface IMilestoneAppService
{
    Task<IReadOnlyList<MilestoneDto>> GetAsync(Guid cohortId, CancellationToken ct);
    /// <summary>Runs a milestone now, as the scheduler would; running it again changes nothing.</summary>
    Task<MilestoneDto> RunAsync(Guid cohortId, string key, CancellationToken ct);
}

public sealed class RunMilestoneInput
{
    public string? Key { get; set; }
}
