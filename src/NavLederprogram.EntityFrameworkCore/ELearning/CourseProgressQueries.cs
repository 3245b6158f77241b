using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;
using NavLederprogram.EntityFrameworkCore.Organisation;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

/// <summary>Enrolments joined to the person's office (and its region) through Organisation's read models, grouped in the database.</summary>
public sealed class CourseProgressQueries(NavLederprogramDbContext db, OrganisationReadModels organisation) : ICourseProgressQueries
{
    public async Task<IReadOnlyList<CourseProgressCount>> CountAsync(CourseProgressFilter filter, CourseProgressGrouping grouping, DateOnly today,
        CancellationToken ct)
    {
        var rows = from e in db.Set<CourseEnrolment>().AsNoTracking()
                   join p in organisation.People on e.PersonId equals p.Id
                   join o in organisation.Offices on p.OfficeId equals o.Id
                   select new
                   {
                       e.CourseId,
                       p.OfficeId,
                       o.RegionId,
                       Completed = e.CompletedAt != null,
                       Started = e.CompletedAt != null || e.LastLessonId != null || e.QuizBestScorePercent != null || e.ScormScorePercent != null
                           || e.ScormCompleted,
                       Overdue = e.CompletedAt == null && e.DueOn != null && e.DueOn < today,
                   };
        if (filter.OfficeIds is { } officeIds) rows = rows.Where(r => officeIds.Contains(r.OfficeId));
        if (filter.CourseId is { } courseId) rows = rows.Where(r => r.CourseId == courseId);
        if (filter.RegionId is { } regionId) rows = rows.Where(r => r.RegionId == regionId);
        if (filter.OfficeId is { } officeId) rows = rows.Where(r => r.OfficeId == officeId);
        var keyed = grouping switch
        {
            CourseProgressGrouping.Course => rows.Select(r => new { Key = r.CourseId, r.Started, r.Completed, r.Overdue }),
            CourseProgressGrouping.Region => rows.Select(r => new { Key = r.RegionId, r.Started, r.Completed, r.Overdue }),
            _ => rows.Select(r => new { Key = r.OfficeId, r.Started, r.Completed, r.Overdue }),
        };
        return await keyed.GroupBy(r => r.Key)
            .Select(g => new CourseProgressCount(g.Key, g.Count(), g.Count(r => r.Started), g.Count(r => r.Completed), g.Count(r => r.Overdue)))
            .ToListAsync(ct);
    }
}
