namespace NavLederprogram.ELearning;

public interface IScormAttemptRepository
{
    Task<ScormAttempt?> FindAsync(Guid id, CancellationToken ct = default);
    Task<ScormAttempt?> FindAsync(Guid personId, Guid packageId, string scoIdentifier, CancellationToken ct = default);
    /// <summary>The person's attempts at every SCO of the package, read without tracking.</summary>
    Task<IReadOnlyList<ScormAttempt>> GetForPersonAsync(Guid personId, Guid packageId, CancellationToken ct = default);
    Task InsertAsync(ScormAttempt attempt, CancellationToken ct = default);
}
