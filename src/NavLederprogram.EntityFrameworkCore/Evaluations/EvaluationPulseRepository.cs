using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.Evaluations;

namespace NavLederprogram.EntityFrameworkCore.Evaluations;

public sealed class EvaluationPulseRepository(NavLederprogramDbContext db, IUnitOfWork unitOfWork) : IEvaluationPulseRepository
{
    public async Task<IReadOnlySet<Guid>> GetPulsedTargetIdsAsync(EvaluationTargetKind kind, IReadOnlyCollection<Guid> targetIds, CancellationToken ct = default) =>
        targetIds.Count == 0 ? new HashSet<Guid>()
            : (await db.Set<EvaluationPulse>().AsNoTracking().Where(p => p.TargetKind == kind && targetIds.Contains(p.TargetId)).Select(p => p.TargetId)
                .ToListAsync(ct)).ToHashSet();

    public async Task<bool> TryOpenAsync(Evaluation evaluation, EvaluationPulse pulse, CancellationToken ct = default)
    {
        await db.AddAsync(evaluation, ct);
        await db.AddAsync(pulse, ct);
        try
        {
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // What was added is what failed: the evaluation, its owned questions and the mark.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList()) entry.State = EntityState.Detached;
            // The unique target index refused it when another run opened the pulse first; anything else is not ours to hide.
            if (await db.Set<EvaluationPulse>().AsNoTracking().AnyAsync(p => p.TargetKind == pulse.TargetKind && p.TargetId == pulse.TargetId, ct)) return false;
            throw;
        }
    }

    public Task<PulseSettings?> FindSettingsAsync(CancellationToken ct = default) =>
        db.Set<PulseSettings>().OrderBy(s => s.CreationTime).FirstOrDefaultAsync(ct);

    public async Task InsertSettingsAsync(PulseSettings settings, CancellationToken ct = default) => await db.AddAsync(settings, ct);
}
