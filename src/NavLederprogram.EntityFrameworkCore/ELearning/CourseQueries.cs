using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

/// <summary>The catalogue and completions as other modules and the requirement rule read them; each method is one or two statements.</summary>
public sealed class CourseQueries(NavLederprogramDbContext db) : ICourseQueries, ICourseGrantQueries
{
    private IQueryable<Course> Courses => db.Set<Course>().AsNoTracking();
    private IQueryable<CourseVersion> Versions => db.Set<CourseVersion>().AsNoTracking();

    public async Task<IReadOnlyList<CourseCard>> GetByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken ct = default)
    {
        var upper = codes.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        if (upper.Count == 0) return [];
        return await CardsAsync(Courses.Where(c => upper.Contains(c.Code.ToUpper())), ct);
    }

    public async Task<IReadOnlyList<CourseCard>> GetListAsync(IReadOnlyCollection<Guid> courseIds, CancellationToken ct = default) =>
        courseIds.Count == 0 ? [] : await CardsAsync(Courses.Where(c => courseIds.Contains(c.Id)), ct);

    public async Task<IReadOnlyList<CourseCard>> GetPublishedAsync(CancellationToken ct = default) =>
        (await CardsAsync(Courses.Where(c => c.PublishedVersionId != null), ct)).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();

    public async Task<IReadOnlySet<Guid>> GetCompletedAsync(Guid personId, IReadOnlyCollection<Guid> courseIds, CancellationToken ct = default) =>
        courseIds.Count == 0 ? new HashSet<Guid>() : (await db.Set<CourseEnrolment>().AsNoTracking()
            .Where(e => e.PersonId == personId && courseIds.Contains(e.CourseId) && e.CompletedAt != null)
            .Select(e => e.CourseId).Distinct().ToListAsync(ct)).ToHashSet();

    public async Task<IReadOnlyList<PublishedCourseGrants>> GetPublishedGrantsAsync(CancellationToken ct) =>
        (await Versions.Where(v => v.Status == CourseVersionStatus.Published)
            .Select(v => new { v.CourseId, v.Id, v.Grants }).ToListAsync(ct))
        .Where(v => v.Grants.Count > 0)
        .Select(v => new PublishedCourseGrants(v.CourseId, v.Id, v.Grants.ToList())).ToList();

    /// <summary>The title of the published version, or of the latest one while none is published.</summary>
    private async Task<IReadOnlyList<CourseCard>> CardsAsync(IQueryable<Course> courses, CancellationToken ct)
    {
        var rows = await courses.Select(c => new
        {
            c.Id,
            c.Code,
            Published = c.PublishedVersionId != null,
            Version = Versions.Where(v => v.CourseId == c.Id && (c.PublishedVersionId != null ? v.Id == c.PublishedVersionId : v.Number == c.LatestVersionNumber))
                .Select(v => v.Id).FirstOrDefault(),
        }).ToListAsync(ct);
        var versionIds = rows.Select(r => r.Version).ToList();
        var titles = await Versions.Where(v => versionIds.Contains(v.Id)).Select(v => new { v.Id, v.Title }).ToDictionaryAsync(v => v.Id, v => v.Title, ct);
        return rows.Select(r => new CourseCard(r.Id, r.Code, titles.GetValueOrDefault(r.Version) ?? NavLederprogram.Localization.TranslatedText.Empty, r.Published)).ToList();
    }
}
