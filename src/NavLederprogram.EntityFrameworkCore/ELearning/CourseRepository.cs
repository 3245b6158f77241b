using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public sealed class CourseRepository(NavLederprogramDbContext db) : ICourseRepository
{
    public Task<Course?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<Course>().FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<Course> GetAsync(Guid id, CancellationToken ct = default) =>
        await FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(Course), id);

    public Task<Course?> FindByCodeAsync(string code, CancellationToken ct = default)
    {
        // Codes are stored in capitals (Course.NormalizeCode), so one comparison finds them on every provider.
        var normalized = code.Trim().ToUpperInvariant();
        return db.Set<Course>().FirstOrDefaultAsync(c => c.Code == normalized, ct);
    }

    public async Task<IReadOnlyList<Course>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.Set<Course>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);

    public async Task<IReadOnlyList<Course>> GetAllAsync(CancellationToken ct = default) =>
        await db.Set<Course>().AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);

    public async Task InsertAsync(Course course, CancellationToken ct = default) => await db.AddAsync(course, ct);

    public Task<CourseVersion?> FindVersionAsync(Guid versionId, CancellationToken ct = default) =>
        db.Set<CourseVersion>().FirstOrDefaultAsync(v => v.Id == versionId, ct);

    public async Task<CourseVersion> GetVersionAsync(Guid versionId, CancellationToken ct = default) =>
        await FindVersionAsync(versionId, ct) ?? throw new EntityNotFoundException(typeof(CourseVersion), versionId);

    public async Task<CourseVersion?> FindPublishedVersionAsync(Guid courseId, CancellationToken ct = default)
    {
        var versionId = await db.Set<Course>().Where(c => c.Id == courseId).Select(c => c.PublishedVersionId).FirstOrDefaultAsync(ct);
        return versionId is null ? null : await FindVersionAsync(versionId.Value, ct);
    }

    public async Task<IReadOnlyList<CourseVersion>> GetVersionsAsync(Guid courseId, CancellationToken ct = default) =>
        await db.Set<CourseVersion>().AsNoTracking().Where(v => v.CourseId == courseId).OrderByDescending(v => v.Number).ToListAsync(ct);

    public async Task<IReadOnlyList<CourseVersion>> GetVersionListAsync(IReadOnlyCollection<Guid> versionIds, CancellationToken ct = default) =>
        await db.Set<CourseVersion>().AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(ct);

    public async Task InsertVersionAsync(CourseVersion version, CancellationToken ct = default) => await db.AddAsync(version, ct);

    public void DeleteVersion(CourseVersion version)
    {
        if (!version.IsDraft) throw new BusinessException(NavLederprogramErrorCodes.CourseVersionNotDraft) { IsConflict = true };
        db.Remove(version);
    }
}
