using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.Localization;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

/// <summary>
/// The catalogue as other modules and the requirement rule read it: a few hundred courses, read whole and cached on each
/// node until a course or a version changes, so that a page naming courses costs no statement on a warm node.
/// </summary>
public sealed class CourseQueries(NavLederprogramDbContext db, IDataCache cache) : ICourseQueries, ICourseGrantQueries
{
    private sealed record Catalogue(IReadOnlyList<CourseCard> Cards, IReadOnlyList<PublishedCourseGrants> Grants);

    public async Task<IReadOnlyList<CourseCard>> GetByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken ct = default)
    {
        var wanted = codes.Select(c => c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (await CatalogueAsync(ct)).Cards.Where(c => wanted.Contains(c.Code)).ToList();
    }

    public async Task<IReadOnlyList<CourseCard>> GetListAsync(IReadOnlyCollection<Guid> courseIds, CancellationToken ct = default) =>
        (await CatalogueAsync(ct)).Cards.Where(c => courseIds.Contains(c.Id)).ToList();

    public async Task<IReadOnlyList<CourseCard>> GetPublishedAsync(CancellationToken ct = default) =>
        (await CatalogueAsync(ct)).Cards.Where(c => c.IsPublished).ToList();

    public async Task<IReadOnlyList<PublishedCourseGrants>> GetPublishedGrantsAsync(CancellationToken ct) => (await CatalogueAsync(ct)).Grants;

    private Task<Catalogue> CatalogueAsync(CancellationToken ct) => cache.GetOrLoadAsync(ELearningCaches.Catalogue, "catalogue", LoadAsync, ct);

    /// <summary>A course's title is its published version's, or its latest draft's before the first publication.</summary>
    private async Task<Catalogue> LoadAsync(CancellationToken ct)
    {
        var courses = await db.Set<Course>().AsNoTracking()
            .Select(c => new { c.Id, c.Code, c.PublishedVersionId, c.LatestVersionNumber }).ToListAsync(ct);
        var versions = (await db.Set<CourseVersion>().AsNoTracking()
            .Select(v => new { v.Id, v.CourseId, v.Number, v.Status, v.Title, v.Grants }).ToListAsync(ct)).ToLookup(v => v.CourseId);
        var cards = new List<CourseCard>(courses.Count);
        var grants = new List<PublishedCourseGrants>();
        foreach (var course in courses.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            var shown = versions[course.Id].FirstOrDefault(v => v.Id == course.PublishedVersionId)
                ?? versions[course.Id].FirstOrDefault(v => v.Number == course.LatestVersionNumber);
            cards.Add(new CourseCard(course.Id, course.Code, shown?.Title ?? TranslatedText.Empty, course.PublishedVersionId is not null));
            if (shown is { Status: CourseVersionStatus.Published, Grants.Count: > 0 }) grants.Add(new PublishedCourseGrants(course.Id, shown.Id, [.. shown.Grants]));
        }
        return new Catalogue(cards, grants);
    }
}
