namespace NavLederprogram.Development;

public interface IDevelopmentPlanRepository
{
    Task<DevelopmentPlan?> FindAsync(Guid id, CancellationToken ct = default);
    Task<DevelopmentPlan?> FindForPersonAsync(Guid personId, Guid cohortId, CancellationToken ct = default);
    /// <summary>A leader's plans, newest first.</summary>
    Task<IReadOnlyList<DevelopmentPlan>> GetForPersonAsync(Guid personId, CancellationToken ct = default);
    Task<IReadOnlyList<DevelopmentPlan>> GetForCohortsAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken ct = default);
    Task<IReadOnlyList<DevelopmentPlan>> GetForCoachAsync(Guid coachUserId, CancellationToken ct = default);
    Task InsertAsync(DevelopmentPlan plan, CancellationToken ct = default);
}
