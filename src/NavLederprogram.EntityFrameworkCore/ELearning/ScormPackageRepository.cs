using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public sealed class ScormPackageRepository(NavLederprogramDbContext db) : IScormPackageRepository
{
    public Task<ScormPackage?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<ScormPackage>().FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<IReadOnlyList<ScormPackage>> GetForCourseAsync(Guid courseId, CancellationToken ct = default) =>
        await db.Set<ScormPackage>().AsNoTracking().Where(p => p.CourseId == courseId).OrderByDescending(p => p.CreationTime).ToListAsync(ct);

    public async Task InsertAsync(ScormPackage package, CancellationToken ct = default) => await db.AddAsync(package, ct);
}
