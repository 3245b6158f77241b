namespace NavLederprogram.Development;

public interface ICoachingSessionRepository
{
    Task<CoachingSession?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>The sessions of some plans, earliest first.</summary>
    Task<IReadOnlyList<CoachingSession>> GetForPlansAsync(IReadOnlyCollection<Guid> planIds, CancellationToken ct = default);
    Task InsertAsync(CoachingSession session, CancellationToken ct = default);
}
