using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>
/// The inputs to the status calculation and the bulk writing of its results: statuses are replaced many people at a
/// time, never through the change tracker.
/// </summary>
public interface ICompetenceStatusWriter
{
    Task<IReadOnlyList<RoleHolding>> GetRoleHoldingsAsync(IReadOnlyCollection<Guid>? personIds, CancellationToken ct = default);
    /// <summary>The people who hold any of the job roles, and those who have a status on one of them (a role just given up).</summary>
    Task<IReadOnlyList<Guid>> GetHoldersAsync(IReadOnlyCollection<Guid> jobRoleIds, CancellationToken ct = default);
    /// <summary>Makes the stored statuses of the given people (everyone when null) equal to <paramref name="statuses"/>, writing only what differs.</summary>
    Task<StatusWriteResult> ReplaceAsync(IReadOnlyCollection<Guid>? personIds, IReadOnlyList<PersonCompetenceStatus> statuses, CancellationToken ct = default);
}
