using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public interface IProgrammeRepository
{
    /// <summary>The programme; there is one.</summary>
    Task<Programme?> GetProgrammeAsync(CancellationToken ct = default);
    Task InsertProgrammeAsync(Programme programme, CancellationToken ct = default);
    Task<ProgrammeVersion?> FindVersionAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<ProgrammeVersion>> GetVersionsAsync(CancellationToken ct = default);
    Task<IReadOnlyList<ProgrammeVersion>> GetVersionsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task InsertVersionAsync(ProgrammeVersion version, CancellationToken ct = default);
    Task<bool> VersionInUseAsync(Guid versionId, CancellationToken ct = default);
    void DeleteVersion(ProgrammeVersion version);
}

public sealed record CohortFilter(CohortStatus? Status, Guid? RegionId, Guid? FacilitatorUserId, IReadOnlyCollection<Guid>? VisibleRegionIds);

public interface ICohortRepository
{
    Task<Cohort?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Page<Cohort>> GetPageAsync(PageRequest request, CohortFilter filter, CancellationToken ct = default);
    Task<IReadOnlyList<Cohort>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    /// <summary>Cohorts with a session or a state in the interval, for the calendar.</summary>
    Task<IReadOnlyList<Cohort>> GetOverlappingAsync(DateOnly from, DateOnly to, CohortFilter filter, CancellationToken ct = default);
    Task InsertAsync(Cohort cohort, CancellationToken ct = default);
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction that every other enrolment change of the cohort waits for, so that
    /// seats are counted and given out one request at a time.
    /// </summary>
    Task<T> InEnrolmentLockAsync<T>(Guid cohortId, Func<Task<T>> work, CancellationToken ct = default);
}

public sealed record EnrolmentCounts(int Enrolled, int Waitlisted, int Pending, int Completed);

public interface IEnrolmentRepository
{
    Task<Enrolment?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Enrolment?> FindActiveAsync(Guid cohortId, Guid personId, CancellationToken ct = default);
    Task<IReadOnlyList<Enrolment>> GetForCohortAsync(Guid cohortId, CancellationToken ct = default);
    Task<IReadOnlyList<Enrolment>> GetForPersonAsync(Guid personId, CancellationToken ct = default);
    /// <summary>Every enrolment of these people, in any cohort and state, read without tracking.</summary>
    Task<IReadOnlyList<Enrolment>> GetForPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default);
    Task<IReadOnlyDictionary<Guid, EnrolmentCounts>> CountAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken ct = default);
    Task<long> LastPlacementNumberAsync(Guid cohortId, CancellationToken ct = default);
    /// <summary>The first in line on the waitlist, or null.</summary>
    Task<Enrolment?> NextOnWaitlistAsync(Guid cohortId, CancellationToken ct = default);
    Task InsertAsync(Enrolment enrolment, CancellationToken ct = default);
}

public interface IReflectionNoteRepository
{
    Task<IReadOnlyList<ReflectionNote>> GetForAuthorAsync(Guid authorPersonId, Guid enrolmentId, CancellationToken ct = default);
    Task InsertAsync(ReflectionNote note, CancellationToken ct = default);
}

public interface ICertificateRepository
{
    Task<Certificate?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Certificate?> FindByCodeAsync(string verificationCode, CancellationToken ct = default);
    Task<Certificate?> FindByEnrolmentAsync(Guid enrolmentId, CancellationToken ct = default);
    Task<IReadOnlyList<Certificate>> GetForPersonAsync(Guid personId, CancellationToken ct = default);
    Task InsertAsync(Certificate certificate, CancellationToken ct = default);
}

/// <summary>What other modules read of cohorts' work in progress.</summary>
[ModuleContract]
public interface IProgrammeQueries
{
    /// <summary>Submissions in a cohort that await a facilitator's assessment.</summary>
    Task<int> CountOpenAssessmentsAsync(Guid cohortId, CancellationToken ct = default);
}

public sealed class ProgrammeQueries(IEnrolmentRepository enrolments) : IProgrammeQueries
{
    public async Task<int> CountOpenAssessmentsAsync(Guid cohortId, CancellationToken ct = default) =>
        (await enrolments.GetForCohortAsync(cohortId, ct)).Sum(e => e.OpenAssessments);
}
