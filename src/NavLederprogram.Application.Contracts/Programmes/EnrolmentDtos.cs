using NavLederprogram.Organisation;

namespace NavLederprogram.Programmes;

public sealed record EnrolmentDto(Guid Id, Guid CohortId, Guid PersonId, string PersonName, string OfficeName,
    EnrolmentStatus Status, string StatusName, EnrolmentSource Source, string SourceName, string? NominatedBy,
    DateTime RequestedAt, long? PlacementNumber, int? WaitlistPosition, string? Reason, int ModulesCompleted, int ModuleCount, DateOnly? CompletedOn) : IHasId;

public sealed class NominateInput
{
    public Guid? PersonId { get; set; }
}

public sealed class DecideEnrolmentInput
{
    public string? Reason { get; set; }
}

public sealed record NomineeDto(Guid PersonId, string Name, string OfficeName, bool AlreadyInCohort);

public interface IEnrolmentAppService
{
    /// <summary>Everyone in the cohort: participants, the waitlist in order, pending requests, and those who left.</summary>
    Task<IReadOnlyList<EnrolmentDto>> GetForCohortAsync(Guid cohortId, CancellationToken ct);
    Task<EnrolmentDto> ApplyAsync(Guid cohortId, CancellationToken ct);
    Task<EnrolmentDto> NominateAsync(Guid cohortId, NominateInput input, CancellationToken ct);
    /// <summary>Leaders in the caller's scope who could be nominated.</summary>
    Task<PagedResult<NomineeDto>> GetNomineesAsync(Guid cohortId, PagedQuery query, CancellationToken ct);
    Task<EnrolmentDto> ApproveAsync(Guid enrolmentId, CancellationToken ct);
    Task<EnrolmentDto> RejectAsync(Guid enrolmentId, DecideEnrolmentInput input, CancellationToken ct);
    /// <summary>The participant leaves, or an admin takes them out; the first on the waitlist moves up.</summary>
    Task<EnrolmentDto> WithdrawAsync(Guid enrolmentId, DecideEnrolmentInput input, CancellationToken ct);
}
