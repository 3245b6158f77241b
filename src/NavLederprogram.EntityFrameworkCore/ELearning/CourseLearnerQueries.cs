using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public sealed class CourseLearnerQueries(NavLederprogramDbContext db) : ICourseLearnerQueries
{
    public async Task<Page<CatalogueEntry>> GetCatalogueAsync(CatalogueFilter filter, IReadOnlyCollection<Guid> firstCourseIds, PageRequest request,
        CancellationToken ct = default)
    {
        var query = from v in db.Set<CourseVersion>().AsNoTracking()
                    join c in db.Set<Course>().AsNoTracking() on v.Id equals c.PublishedVersionId
                    select new { c.Code, Version = v };
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Every language the course is written in: a learner finds a course by the words they know it by. Both sides are
            // lower-cased, as PostgreSQL's LIKE (unlike SQLite's) tells case apart.
            var like = PagingExtensions.Like(filter.Search).ToLowerInvariant();
            query = query.Where(x => EF.Functions.Like(x.Version.Title.Nb.ToLower(), like, "\\")
                || EF.Functions.Like(x.Version.Title.Nn!.ToLower(), like, "\\") || EF.Functions.Like(x.Version.Title.En!.ToLower(), like, "\\")
                || EF.Functions.Like(x.Version.Summary.Nb.ToLower(), like, "\\") || EF.Functions.Like(x.Version.Summary.Nn!.ToLower(), like, "\\")
                || EF.Functions.Like(x.Version.Summary.En!.ToLower(), like, "\\") || EF.Functions.Like(x.Code.ToLower(), like, "\\"));
        }
        if (filter.Category is { } category) query = query.Where(x => x.Version.Category == category);
        if (filter.JobRoleId is { } jobRoleId) query = query.Where(x => x.Version.TargetJobRoleIds.Contains(jobRoleId));
        if (filter.Language is { } language) query = query.Where(x => x.Version.ContentLanguage == language);
        if (filter.MinMinutes is { } min) query = query.Where(x => x.Version.EstimatedMinutes >= min);
        if (filter.MaxMinutes is { } max) query = query.Where(x => x.Version.EstimatedMinutes <= max);

        var total = await query.CountAsync(ct);
        var first = firstCourseIds.ToList();
        var items = await query.OrderByDescending(x => first.Contains(x.Version.CourseId)).ThenBy(x => x.Version.Title.Nb).ThenBy(x => x.Code)
            .Skip(request.SkipCount).Take(request.MaxResultCount).ToListAsync(ct);
        return new Page<CatalogueEntry>(total, items.Select(x => new CatalogueEntry(x.Code, x.Version)).ToList());
    }

    public async Task<IReadOnlyList<CourseEnrolment>> GetEnrolmentsAsync(Guid personId, IReadOnlyCollection<Guid>? courseIds, CancellationToken ct = default)
    {
        var query = db.Set<CourseEnrolment>().AsNoTracking().Where(e => e.PersonId == personId);
        if (courseIds is not null)
        {
            var ids = courseIds.ToList();
            query = query.Where(e => ids.Contains(e.CourseId));
        }
        return await query.ToListAsync(ct);
    }

    public async Task<IReadOnlyList<CourseVersion>> GetVersionsAsync(IReadOnlyCollection<Guid> versionIds, IReadOnlyCollection<Guid> publishedOfCourseIds,
        CancellationToken ct = default)
    {
        if (versionIds.Count == 0 && publishedOfCourseIds.Count == 0) return [];
        var ids = versionIds.ToList();
        var courseIds = publishedOfCourseIds.ToList();
        return await db.Set<CourseVersion>().AsNoTracking()
            .Where(v => ids.Contains(v.Id) || (courseIds.Contains(v.CourseId) && v.Status == CourseVersionStatus.Published))
            .ToListAsync(ct);
    }
}
