using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public sealed class CourseEnrolmentRepository(NavLederprogramDbContext db) : ICourseEnrolmentRepository
{
    public Task<CourseEnrolment?> FindAsync(Guid personId, Guid courseId, CancellationToken ct = default) =>
        db.Set<CourseEnrolment>().FirstOrDefaultAsync(e => e.PersonId == personId && e.CourseId == courseId, ct);

    public Task<CourseEnrolment?> FindByIdAsync(Guid id, CancellationToken ct = default) =>
        db.Set<CourseEnrolment>().FirstOrDefaultAsync(e => e.Id == id, ct);

    public async Task<IReadOnlyList<CourseEnrolment>> GetForPersonAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<CourseEnrolment>().AsNoTracking().Where(e => e.PersonId == personId).ToListAsync(ct);

    public async Task<IReadOnlyList<CourseEnrolment>> GetForCourseAsync(Guid courseId, CancellationToken ct = default) =>
        await db.Set<CourseEnrolment>().AsNoTracking().Where(e => e.CourseId == courseId).ToListAsync(ct);

    public async Task<IReadOnlyList<CourseEnrolment>> GetForPeopleAsync(IReadOnlyCollection<Guid> personIds, IReadOnlyCollection<Guid> courseIds,
        CancellationToken ct = default)
    {
        var query = db.Set<CourseEnrolment>().AsNoTracking();
        if (courseIds.Count > 0) query = query.Where(e => courseIds.Contains(e.CourseId));
        if (personIds.Count == 0) return await query.ToListAsync(ct);
        var result = new List<CourseEnrolment>();
        // In chunks: a statement has a limit on its parameters.
        foreach (var chunk in personIds.Distinct().Chunk(500))
            result.AddRange(await query.Where(e => chunk.Contains(e.PersonId)).ToListAsync(ct));
        return result;
    }

    public Task<bool> VersionInUseAsync(Guid versionId, CancellationToken ct = default) =>
        db.Set<CourseEnrolment>().AnyAsync(e => e.CourseVersionId == versionId, ct);

    public async Task InsertAsync(CourseEnrolment enrolment, CancellationToken ct = default) => await db.AddAsync(enrolment, ct);
}
