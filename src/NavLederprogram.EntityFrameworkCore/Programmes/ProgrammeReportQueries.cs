using Microsoft.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

/// <summary>
/// The dashboard's enrolment counts in three statements whatever the data size: the cohorts the filter covers with their
/// programme, the module counts of their versions, and the enrolments grouped by cohort, office, employer in the database
/// (participants joined to their office through Organisation's read models).
/// </summary>
public sealed class ProgrammeReportQueries(NavLederprogramDbContext db, OrganisationReadModels organisation) : IProgrammeReportQueries
{
    public async Task<ProgrammeReportCounts> CountAsync(ProgrammeReportFilter filter, CancellationToken ct)
    {
        var cohorts = from c in db.Set<Cohort>().AsNoTracking()
                      join v in db.Set<ProgrammeVersion>() on c.ProgrammeVersionId equals v.Id
                      join p in db.Set<Programme>() on v.ProgrammeId equals p.Id
                      select new { c.Id, c.Name, c.ProgrammeVersionId, v.ProgrammeId, ProgrammeName = p.Name, c.StartsOn, c.EndsOn };
        if (filter.ProgrammeId is { } programmeId) cohorts = cohorts.Where(c => c.ProgrammeId == programmeId);
        if (filter.From is { } from) cohorts = cohorts.Where(c => c.EndsOn >= from);
        if (filter.To is { } to) cohorts = cohorts.Where(c => c.StartsOn <= to);
        var cohortRows = await cohorts.ToListAsync(ct);

        var versionIds = cohortRows.Select(c => c.ProgrammeVersionId).Distinct().ToList();
        var modules = versionIds.Count == 0 ? []
            : (await db.Set<ProgrammeVersion>().AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(ct))
                .ToDictionary(v => v.Id, v => v.Modules.Count);
        var named = cohortRows
            .Select(c => new ReportCohort(c.Id, c.Name, c.ProgrammeId, c.ProgrammeName, c.StartsOn, modules.GetValueOrDefault(c.ProgrammeVersionId)))
            .ToList();

        var cohortIds = cohortRows.Where(c => filter.CohortId is null || c.Id == filter.CohortId).Select(c => c.Id).ToList();
        if (cohortIds.Count == 0) return new ProgrammeReportCounts(named, []);
        var enrolments = from e in db.Set<Enrolment>().AsNoTracking()
                         join p in organisation.People on e.PersonId equals p.Id
                         join o in organisation.Offices on p.OfficeId equals o.Id
                         where cohortIds.Contains(e.CohortId)
                         select new { Enrolment = e, p.OfficeId, o.RegionId, p.Employer };
        if (filter.OfficeIds is { } officeIds) enrolments = enrolments.Where(r => officeIds.Contains(r.OfficeId));
        if (filter.RegionId is { } regionId) enrolments = enrolments.Where(r => r.RegionId == regionId);
        if (filter.Employer is { } employer) enrolments = enrolments.Where(r => r.Employer == employer);
        var counts = await enrolments
            .GroupBy(r => new { r.Enrolment.CohortId, r.OfficeId, r.Employer })
            .Select(g => new EnrolmentReportCount(
                g.Key.CohortId,
                g.Key.OfficeId,
                g.Key.Employer,
                g.Count(r => r.Enrolment.Status == EnrolmentStatus.Enrolled || r.Enrolment.Status == EnrolmentStatus.Completed),
                g.Count(r => r.Enrolment.Status == EnrolmentStatus.Waitlisted),
                g.Count(r => r.Enrolment.Status == EnrolmentStatus.Enrolled),
                g.Count(r => r.Enrolment.Status == EnrolmentStatus.Completed),
                g.Count(r => r.Enrolment.Status == EnrolmentStatus.Withdrawn),
                g.Sum(r => r.Enrolment.Status == EnrolmentStatus.Enrolled || r.Enrolment.Status == EnrolmentStatus.Completed
                    ? r.Enrolment.Modules.Count(m => m.CompletedOn != null) : 0)))
            .ToListAsync(ct);
        return new ProgrammeReportCounts(named, counts);
    }
}
