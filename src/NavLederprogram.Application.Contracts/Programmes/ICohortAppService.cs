using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

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
