using NavLederprogram.Data;
using NavLederprogram.Organisation;

namespace NavLederprogram.Programmes;

/// <summary>
/// Gives out seats. Every change that takes or frees a seat runs in one transaction that holds the cohort's lock, so
/// that any number of simultaneous requests are served one at a time: capacity is never exceeded, and the waitlist
/// keeps the order in which requests were served.
/// </summary>
public sealed class EnrolmentManager(
    IEnrolmentRepository enrolments,
    ICohortRepository cohorts,
    IPersonDirectory people,
    IOrganisationQueries organisation,
    IUnitOfWork unitOfWork)
{
    /// <summary>
    /// A leader applies, or a coordinator nominates. The rules of <see cref="EnrolmentEligibility"/> decide who may;
    /// without an approval step the request takes a seat or a waitlist place at once.
    /// </summary>
    public async Task<Enrolment> RequestAsync(Cohort cohort, Guid personId, EnrolmentSource source, Actor? nominatedBy, DateTime now, DateOnly today, CancellationToken ct)
    {
        if (!cohort.AcceptsEnrolment(today)) throw new BusinessException(NavLederprogramErrorCodes.EnrolmentClosed) { IsConflict = true };
        var isLeader = await IsLeaderAsync(personId, ct);
        return await InLockAsync(cohort.Id, async () =>
        {
            // Read inside the cohort's lock, so that two requests for the same cohort see each other.
            if (EnrolmentEligibility.Refusal(isLeader, await StandingAsync(personId, ct), cohort.Id) is { } refusal) throw refusal;
            if (await enrolments.FindActiveAsync(cohort.Id, personId, ct) is not null)
                throw new BusinessException(NavLederprogramErrorCodes.AlreadyEnrolled) { IsConflict = true, Field = "personId" };
            var enrolment = new Enrolment(Guid.CreateVersion7(), cohort.Id, personId, source, nominatedBy, now);
            await enrolments.InsertAsync(enrolment, ct);
            if (!cohort.RequiresApproval) await PlaceAsync(cohort, enrolment, null, now, ct);
            return enrolment;
        }, ct);
    }

    /// <summary>Where each of these people stands in the programme, for lists of candidates.</summary>
    public async Task<IReadOnlyDictionary<Guid, ProgrammeStandingInfo>> StandingsAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var all = await enrolments.GetForPeopleAsync(personIds, ct);
        var cohortsById = (await cohorts.GetListAsync(all.Select(e => e.CohortId).Distinct().ToList(), ct)).ToDictionary(c => c.Id);
        return personIds.Distinct().ToDictionary(id => id, id => EnrolmentEligibility.Standing(Places(all.Where(e => e.PersonId == id), cohortsById)));
    }

    /// <summary>The job-role ids that make a person a leader, who may take part in the programme.</summary>
    public async Task<IReadOnlySet<Guid>> LeaderRoleIdsAsync(CancellationToken ct) =>
        (await organisation.GetJobRolesAsync(ct)).Where(r => r.IsLeaderRole).Select(r => r.Id).ToHashSet();

    private async Task<bool> IsLeaderAsync(Guid personId, CancellationToken ct)
    {
        var person = await people.FindAsync(personId, ct);
        var leaderRoles = await LeaderRoleIdsAsync(ct);
        return person is not null && person.JobRoles.Any(r => leaderRoles.Contains(r.JobRoleId));
    }

    private async Task<ProgrammeStandingInfo> StandingAsync(Guid personId, CancellationToken ct) =>
        (await StandingsAsync([personId], ct))[personId];

    private static IEnumerable<ProgrammePlace> Places(IEnumerable<Enrolment> list, IReadOnlyDictionary<Guid, Cohort> cohortsById) =>
        list.Where(e => cohortsById.ContainsKey(e.CohortId)).Select(e =>
        {
            var cohort = cohortsById[e.CohortId];
            return new ProgrammePlace(e.Status, cohort.Id, cohort.Name, cohort.Status, e.RequestedAt);
        });

    public Task ApproveAsync(Cohort cohort, Enrolment enrolment, Actor by, DateTime now, CancellationToken ct) =>
        InLockAsync(cohort.Id, async () =>
        {
            await PlaceAsync(cohort, enrolment, by, now, ct);
            return enrolment;
        }, ct);

    /// <summary>Leaves the cohort; a freed seat goes to the first on the waitlist.</summary>
    public Task WithdrawAsync(Cohort cohort, Enrolment enrolment, string? reason, Actor by, DateTime now, CancellationToken ct) =>
        InLockAsync(cohort.Id, async () =>
        {
            if (enrolment.Withdraw(reason, by, now)) await FillFreeSeatsAsync(cohort, now, ct);
            return enrolment;
        }, ct);

    /// <summary>After the capacity grew: the waitlist moves up into the new seats.</summary>
    public Task PromoteFromWaitlistAsync(Cohort cohort, DateTime now, CancellationToken ct) =>
        InLockAsync(cohort.Id, async () =>
        {
            await FillFreeSeatsAsync(cohort, now, ct);
            return cohort;
        }, ct);

    private async Task FillFreeSeatsAsync(Cohort cohort, DateTime now, CancellationToken ct)
    {
        if (cohort.IsClosed) return;
        // Saved first so that the counts below see the seat just freed.
        await unitOfWork.SaveChangesAsync(ct);
        var counts = (await enrolments.CountAsync([cohort.Id], ct)).GetValueOrDefault(cohort.Id) ?? new EnrolmentCounts(0, 0, 0, 0);
        for (var free = cohort.Capacity - counts.Enrolled - counts.Completed; free > 0; free--)
        {
            var next = await enrolments.NextOnWaitlistAsync(cohort.Id, ct);
            if (next is null) break;
            next.Promote(now);
            await unitOfWork.SaveChangesAsync(ct);
        }
    }

    private async Task PlaceAsync(Cohort cohort, Enrolment enrolment, Actor? by, DateTime now, CancellationToken ct)
    {
        var counts = (await enrolments.CountAsync([cohort.Id], ct)).GetValueOrDefault(cohort.Id) ?? new EnrolmentCounts(0, 0, 0, 0);
        var number = await enrolments.LastPlacementNumberAsync(cohort.Id, ct) + 1;
        enrolment.Place(counts.Enrolled + counts.Completed < cohort.Capacity, number, by, now);
    }

    private Task<T> InLockAsync<T>(Guid cohortId, Func<Task<T>> work, CancellationToken ct) =>
        cohorts.InEnrolmentLockAsync(cohortId, async () =>
        {
            var result = await work();
            await unitOfWork.SaveChangesAsync(ct);
            return result;
        }, ct);
}
