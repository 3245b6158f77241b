using Microsoft.EntityFrameworkCore;
using NavLederprogram.Evaluations;

namespace NavLederprogram.EntityFrameworkCore.Evaluations;

public sealed class EvaluationRepository(NavLederprogramDbContext db) : IEvaluationRepository
{
    public Task<Evaluation?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<Evaluation>().FirstOrDefaultAsync(e => e.Id == id, ct);

    public async Task<IReadOnlyList<Evaluation>> GetListAsync(IReadOnlyCollection<Guid>? regionIds, CancellationToken ct = default)
    {
        var query = db.Set<Evaluation>().AsNoTracking();
        if (regionIds is not null) query = query.Where(e => e.RegionId == null || regionIds.Contains(e.RegionId.Value));
        return await query.OrderByDescending(e => e.OpensAt).ThenBy(e => e.Title).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Evaluation>> GetOpenAsync(DateTime now, CancellationToken ct = default) =>
        await db.Set<Evaluation>().AsNoTracking().Where(e => e.OpensAt <= now && e.ClosesAt > now).OrderBy(e => e.ClosesAt).ToListAsync(ct);

    public async Task<IReadOnlyList<Evaluation>> GetOfQuestionSetAsync(Guid questionSetId, CancellationToken ct = default) =>
        await db.Set<Evaluation>().AsNoTracking().Where(e => e.QuestionSetId == questionSetId).OrderBy(e => e.OpensAt).ToListAsync(ct);

    public async Task<IReadOnlyList<Evaluation>> GetOpenedNotNotifiedAsync(DateTime now, CancellationToken ct = default) =>
        await db.Set<Evaluation>().Where(e => e.OpeningNotifiedAt == null && e.OpensAt <= now && e.ClosesAt > now).ToListAsync(ct);

    public async Task InsertAsync(Evaluation evaluation, CancellationToken ct = default) => await db.AddAsync(evaluation, ct);

    public void Delete(Evaluation evaluation) => db.Remove(evaluation);
}
