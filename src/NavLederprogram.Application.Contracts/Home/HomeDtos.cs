using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

/// <summary>
/// What the caller's home page shows: one part per kind of work their roles do, each within what their permissions
/// and scope allow. A part the caller has no role for is null.
/// </summary>
public sealed record HomeDto(
    /// <summary>False when the user is not a person in the organisation: they have no programme or competence of their own.</summary>
    bool HasPersonProfile,
    HomeProgrammeDto? Programme,
    HomeCompetenceDto? Competence,
    HomeGapsDto? Gaps,
    HomeFacilitationDto? Facilitation,
    HomeEnrolmentsDto? Enrolments,
    HomeApprovalsDto? Approvals,
    HomeCohortsDto? Cohorts,
    HomeSystemDto? System);

/// <summary>The caller's own participation: their active enrolments, the next gathering and deadlines of each.</summary>
public sealed record HomeProgrammeDto(IReadOnlyList<HomeMyCohortDto> Cohorts);

public sealed record HomeMyCohortDto(
    Guid EnrolmentId, Guid CohortId, string CohortName, CohortStatus CohortStatus, string CohortStatusName,
    EnrolmentStatus Status, string StatusName, int? WaitlistPosition, DateOnly StartsOn, DateOnly EndsOn,
    int ModulesCompleted, int ModuleCount, SessionDto? NextSession, IReadOnlyList<UpcomingDeadlineDto> UpcomingDeadlines);

/// <summary>The caller's own competence: the counts of their mandatory requirements and what to work on first.</summary>
public sealed record HomeCompetenceDto(StatusCountsDto Summary, IReadOnlyList<RequirementStatusDto> Next);

/// <summary>Competence gaps in the caller's scope, with the competences covered worst.</summary>
public sealed record HomeGapsDto(string ScopeName, StatusCountsDto Total, IReadOnlyList<GapRowDto> Weakest);

public sealed record HomeFacilitationDto(IReadOnlyList<HomeFacilitatedCohortDto> Cohorts, int AwaitingAssessment);

public sealed record HomeFacilitatedCohortDto(Guid CohortId, string Name, CohortStatus Status, string StatusName, int Participants,
    int AwaitingAssessment, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>Enrolment in the caller's scope: cohorts open for enrolment or with requests awaiting a decision.</summary>
public sealed record HomeEnrolmentsDto(int Pending, int Waitlisted, IReadOnlyList<HomeCohortDto> Cohorts);

public sealed record HomeCohortDto(Guid CohortId, string Name, CohortStatus Status, string StatusName, string? RegionName, int Capacity,
    int Enrolled, int Waitlisted, int Pending, DateOnly EnrolmentClosesOn, DateOnly StartsOn, bool AcceptsEnrolment);

/// <summary>What waits for the caller's approval: programme drafts their party has not approved, and uploaded evidence.</summary>
public sealed record HomeApprovalsDto(string? PartyName, IReadOnlyList<HomeVersionDto> Drafts, int? EvidenceAwaiting);

public sealed record HomeVersionDto(Guid Id, int Number, string Name, bool KsApproved, bool DirectorateApproved, bool AwaitsMe);

/// <summary>The state of the cohorts in the caller's scope.</summary>
public sealed record HomeCohortsDto(IReadOnlyList<HomeStatusCountDto> ByStatus, IReadOnlyList<HomeCohortDto> Current);

public sealed record HomeStatusCountDto(CohortStatus Status, string StatusName, int Count);

/// <summary>The organisation and the scheduled jobs, for the system admin.</summary>
public sealed record HomeSystemDto(int Regions, int Municipalities, int Offices, int People, int FailedJobs, DateTime? LastJobRun);

public interface IHomeAppService
{
    Task<HomeDto> GetAsync(CancellationToken ct);
}
