using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public interface IEnrolmentRepository
{
    Task<Enrolment?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Enrolment?> FindActiveAsync(Guid cohortId, Guid personId, CancellationToken ct = default);
    Task<IReadOnlyList<Enrolment>> GetForCohortAsync(Guid cohortId, CancellationToken ct = default);
    Task<IReadOnlyList<Enrolment>> GetForPersonAsync(Guid personId, CancellationToken ct = default);
    /// <summary>Every enrolment of these people, in any cohort and state, read without tracking.</summary>
    Task<IReadOnlyList<Enrolment>> GetForPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default);
    Task<IReadOnlyDictionary<Guid, EnrolmentCounts>> CountAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken ct = default);
    /// <summary>For each of the given waitlisted enrolments, its place in its cohort's line (1 is next), in one read.</summary>
    Task<IReadOnlyDictionary<Guid, int>> GetWaitlistPositionsAsync(IReadOnlyCollection<Guid> enrolmentIds, CancellationToken ct = default);
    Task<long> LastPlacementNumberAsync(Guid cohortId, CancellationToken ct = default);
    /// <summary>The first in line on the waitlist, or null.</summary>
    Task<Enrolment?> NextOnWaitlistAsync(Guid cohortId, CancellationToken ct = default);
    Task InsertAsync(Enrolment enrolment, CancellationToken ct = default);
}
