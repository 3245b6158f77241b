using Microsoft.EntityFrameworkCore;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

/// <summary>
/// Sessions live in the cohort's JSON column, so the cohorts that can hold one in the window are read in one statement and their
/// sessions filtered here; the participants of all of them come in a second.
/// </summary>
public sealed class EndedGatheringQueries(NavLederprogramDbContext db) : IEndedGatheringQueries
{
    /// <summary>A cohort completed longer ago than this has no gathering left to end.</summary>
    private const int CompletedCohortDays = 31;

    public async Task<IReadOnlyList<PulseGathering>> GetEndedBetweenAsync(DateTime from, DateTime to, CancellationToken ct = default)
    {
        if (to <= from) return [];
        var completedSince = DateOnly.FromDateTime(from).AddDays(-CompletedCohortDays);
        var cohorts = await db.Set<Cohort>().AsNoTracking()
            .Where(c => c.Status == CohortStatus.EnrolmentOpen || c.Status == CohortStatus.EnrolmentClosed || c.Status == CohortStatus.Running
                || (c.Status == CohortStatus.Completed && c.EndsOn >= completedSince))
            .ToListAsync(ct);
        var ended = cohorts.SelectMany(c => c.Sessions.Where(s => s.EndsAt >= from && s.EndsAt < to).Select(s => (Cohort: c, Session: s))).ToList();
        if (ended.Count == 0) return [];

        var cohortIds = ended.Select(e => e.Cohort.Id).Distinct().ToList();
        var participants = (await db.Set<Enrolment>().AsNoTracking()
                .Where(e => cohortIds.Contains(e.CohortId) && (e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Completed))
                .Select(e => new { e.CohortId, e.PersonId }).ToListAsync(ct))
            .ToLookup(e => e.CohortId, e => e.PersonId);
        return ended.OrderBy(e => e.Session.EndsAt)
            .Select(e => new PulseGathering(e.Session.Id, e.Cohort.Id, e.Cohort.RegionId, e.Cohort.Name, e.Session.Title,
                DateTime.SpecifyKind(e.Session.EndsAt, DateTimeKind.Utc), participants[e.Cohort.Id].Distinct().ToList()))
            .ToList();
    }
}
