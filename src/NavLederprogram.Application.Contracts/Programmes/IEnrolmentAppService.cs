using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

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
