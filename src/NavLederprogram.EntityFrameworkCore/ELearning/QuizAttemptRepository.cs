using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public sealed class QuizAttemptRepository(NavLederprogramDbContext db, IUnitOfWork unitOfWork) : IQuizAttemptRepository
{
    public Task<QuizAttempt?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<QuizAttempt>().FirstOrDefaultAsync(a => a.Id == id, ct);

    public async Task<IReadOnlyList<QuizAttempt>> GetListAsync(Guid quizId, Guid personId, CancellationToken ct = default) =>
        await db.Set<QuizAttempt>().Where(a => a.QuizId == quizId && a.PersonId == personId).OrderBy(a => a.Number).ToListAsync(ct);

    public async Task InsertAsync(QuizAttempt attempt, CancellationToken ct = default) => await db.AddAsync(attempt, ct);

    public async Task<bool> TrySaveAsync(QuizAttempt attempt, CancellationToken ct = default)
    {
        try
        {
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(attempt).State = EntityState.Detached;
            return false;
        }
    }

    public async Task<bool> TryInsertAsync(QuizAttempt attempt, CancellationToken ct = default)
    {
        await db.AddAsync(attempt, ct);
        try
        {
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(attempt).State = EntityState.Detached;
            // The unique (quiz, person, number) index refused it when another start took the number first; anything else is not ours to hide.
            if (await db.Set<QuizAttempt>().AsNoTracking()
                .AnyAsync(a => a.QuizId == attempt.QuizId && a.PersonId == attempt.PersonId && a.Number == attempt.Number, ct)) return false;
            throw;
        }
    }
}
