namespace NavLederprogram.Identity;

/// <summary>A user's role assignments as other modules read them, e.g. Organisation to resolve an access scope.</summary>
[ModuleContract]
public interface IRoleAssignmentQueries
{
    Task<IReadOnlyList<RoleAssignment>> GetAssignmentsAsync(Guid userId, CancellationToken ct = default);
}
