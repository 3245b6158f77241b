using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;
using NavLederprogram.EntityFrameworkCore.Organisation;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

/// <summary>Course enrolments joined to the learner's office through Organisation's read models, grouped per course in the database.</summary>
public sealed class CourseReportQueries(NavLederprogramDbContext db, OrganisationReadModels organisation) : ICourseReportQueries
{
    public async Task<IReadOnlyList<CourseReportCount>> CountAsync(CourseReportFilter filter, CancellationToken ct)
    {
        var rows = from e in db.Set<CourseEnrolment>().AsNoTracking()
                   join p in organisation.People on e.PersonId equals p.Id
                   join o in organisation.Offices on p.OfficeId equals o.Id
                   select new { e.CourseId, e.CreationTime, e.CompletedAt, e.QuizBestScorePercent, e.QuizPassedAt, p.OfficeId, o.RegionId, p.Employer };
        if (filter.OfficeIds is { } officeIds) rows = rows.Where(r => officeIds.Contains(r.OfficeId));
        if (filter.RegionId is { } regionId) rows = rows.Where(r => r.RegionId == regionId);
        if (filter.Employer is { } employer) rows = rows.Where(r => r.Employer == employer);
        if (filter.ToUtc is { } to) rows = rows.Where(r => r.CreationTime < to);
        var (from, until) = (filter.FromUtc, filter.ToUtc);
        return await rows.GroupBy(r => r.CourseId)
            .Select(g => new CourseReportCount(
                g.Key,
                g.Count(),
                g.Count(r => r.CompletedAt != null && (from == null || r.CompletedAt >= from) && (until == null || r.CompletedAt < until)),
                g.Count(r => r.QuizBestScorePercent != null),
                g.Count(r => r.QuizPassedAt != null && (from == null || r.QuizPassedAt >= from) && (until == null || r.QuizPassedAt < until))))
            .ToListAsync(ct);
    }
}
