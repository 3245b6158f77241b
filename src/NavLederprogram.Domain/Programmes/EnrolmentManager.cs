using NavLederprogram.Data;

namespace NavLederprogram.Programmes;

/// <summary>
/// Gives out seats. Every change that takes or frees a seat runs in one transaction that holds the cohort's lock, so
/// that any number of simultaneous requests are served one at a time: capacity is never exceeded, and the waitlist
/// keeps the order in which requests were served.
/// </summary>
public sealed class EnrolmentManager(IEnrolmentRepository enrolments, ICohortRepository cohorts, IUnitOfWork unitOfWork)
{
    /// <summary>A leader applies, or a coordinator nominates. Without an approval step the request takes a seat or a waitlist place at once.</summary>
    public async Task<Enrolment> RequestAsync(Cohort cohort, Guid personId, EnrolmentSource source, Actor? nominatedBy, DateTime now, DateOnly today, CancellationToken ct)
    {
        if (!cohort.AcceptsEnrolment(today)) throw new BusinessException(NavLederprogramErrorCodes.EnrolmentClosed) { IsConflict = true };
        return await InLockAsync(cohort.Id, async () =>
        {
            if (await enrolments.FindActiveAsync(cohort.Id, personId, ct) is not null)
                throw new BusinessException(NavLederprogramErrorCodes.AlreadyEnrolled) { IsConflict = true, Field = "personId" };
            var enrolment = new Enrolment(Guid.CreateVersion7(), cohort.Id, personId, source, nominatedBy, now);
            await enrolments.InsertAsync(enrolment, ct);
            if (!cohort.RequiresApproval) await PlaceAsync(cohort, enrolment, null, now, ct);
            return enrolment;
        }, ct);
    }

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
