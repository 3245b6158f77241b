using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public sealed class QuizRepository(NavLederprogramDbContext db) : IQuizRepository
{
    public Task<Quiz?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<Quiz>().FirstOrDefaultAsync(q => q.Id == id, ct);

    public async Task<Quiz> GetAsync(Guid id, CancellationToken ct = default) =>
        await FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(Quiz), id);

    public async Task<IReadOnlyList<Quiz>> GetListByCourseAsync(Guid courseId, CancellationToken ct = default) =>
        await db.Set<Quiz>().AsNoTracking().Where(q => q.CourseId == courseId).OrderBy(q => q.CreationTime).ToListAsync(ct);

    public async Task InsertAsync(Quiz quiz, CancellationToken ct = default) => await db.AddAsync(quiz, ct);

    public Task DeleteAsync(Quiz quiz, CancellationToken ct = default)
    {
        db.Remove(quiz);
        return Task.CompletedTask;
    }
}
