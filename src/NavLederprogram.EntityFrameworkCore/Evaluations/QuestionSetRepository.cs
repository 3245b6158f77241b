using Microsoft.EntityFrameworkCore;
using NavLederprogram.Evaluations;

namespace NavLederprogram.EntityFrameworkCore.Evaluations;

public sealed class QuestionSetRepository(NavLederprogramDbContext db) : IQuestionSetRepository
{
    public Task<QuestionSet?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<QuestionSet>().FirstOrDefaultAsync(s => s.Id == id, ct);

    public async Task<IReadOnlyList<QuestionSet>> GetListAsync(IReadOnlyCollection<Guid>? regionIds, CancellationToken ct = default)
    {
        var query = db.Set<QuestionSet>().AsNoTracking();
        if (regionIds is not null) query = query.Where(s => s.RegionId == null || regionIds.Contains(s.RegionId.Value));
        return (await query.ToListAsync(ct)).OrderBy(s => s.Name.Nb, StringComparer.CurrentCulture).ToList();
    }

    public Task<QuestionSet?> FindPulseAsync(CancellationToken ct = default) =>
        db.Set<QuestionSet>().Where(s => s.IsPulse).OrderBy(s => s.CreationTime).FirstOrDefaultAsync(ct);

    public async Task InsertAsync(QuestionSet set, CancellationToken ct = default) => await db.AddAsync(set, ct);
}
