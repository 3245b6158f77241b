using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public sealed class CourseFileRepository(NavLederprogramDbContext db) : ICourseFileRepository
{
    public Task<CourseFile?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<CourseFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);

    public async Task<IReadOnlyList<CourseFile>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        ids.Count == 0 ? [] : await db.Set<CourseFile>().AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync(ct);

    public async Task InsertAsync(CourseFile file, CancellationToken ct = default) => await db.AddAsync(file, ct);
}
