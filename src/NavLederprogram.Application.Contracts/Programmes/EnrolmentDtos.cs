using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record EnrolmentDto : IHasId
{
    public required Guid Id { get; init; }
    public required Guid CohortId { get; init; }
    public required Guid PersonId { get; init; }
    public required string PersonName { get; init; }
    public required string OfficeName { get; init; }
    public required EnrolmentStatus Status { get; init; }
    public required string StatusName { get; init; }
    public required EnrolmentSource Source { get; init; }
    public required string SourceName { get; init; }
    public required string? NominatedBy { get; init; }
    public required DateTime RequestedAt { get; init; }
    public required long? PlacementNumber { get; init; }
    public required int? WaitlistPosition { get; init; }
    public required string? Reason { get; init; }
    public required int ModulesCompleted { get; init; }
    public required int ModuleCount { get; init; }
    public required DateOnly? CompletedOn { get; init; }
}

public sealed class NominateInput
{
    public Guid? PersonId { get; set; }
}

public sealed class DecideEnrolmentInput
{
    public string? Reason { get; set; }
}

/// <summary>
/// A leader who could be nominated: their job role, office and where they stand in the programme. When they cannot
/// be nominated to this cohort, <see cref="CanNominate"/> is false and <see cref="Reason"/> says why.
/// </summary>
public sealed record NomineeDto(Guid PersonId, string Name, string OfficeName, string JobRoleName,
    ProgrammeStanding Standing, string StandingName, Guid? StandingCohortId, string? StandingCohortName,
    bool AlreadyInCohort, bool CanNominate, string? Reason);

public interface IEnrolmentAppService
{
    /// <summary>Everyone in the cohort: participants, the waitlist in order, pending requests, and those who left.</summary>
    Task<IReadOnlyList<EnrolmentDto>> GetForCohortAsync(Guid cohortId, CancellationToken ct);
    Task<EnrolmentDto> ApplyAsync(Guid cohortId, CancellationToken ct);
    Task<EnrolmentDto> NominateAsync(Guid cohortId, NominateInput input, CancellationToken ct);
    /// <summary>
    /// Leaders in the caller's scope (people holding a leader job role; nobody else can take part), with where each
    /// stands in the programme and whether they can be nominated to this cohort.
    /// </summary>
    Task<PagedResult<NomineeDto>> GetNomineesAsync(Guid cohortId, PagedQuery query, CancellationToken ct);
    Task<EnrolmentDto> ApproveAsync(Guid enrolmentId, CancellationToken ct);
    Task<EnrolmentDto> RejectAsync(Guid enrolmentId, DecideEnrolmentInput input, CancellationToken ct);
    /// <summary>The participant leaves, or an admin takes them out; the first on the waitlist moves up.</summary>
    Task<EnrolmentDto> WithdrawAsync(Guid enrolmentId, DecideEnrolmentInput input, CancellationToken ct);
}
