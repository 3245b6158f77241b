namespace NavLederprogram.Identity;

public interface IRoleAssignmentRepository : IRoleAssignmentQueries
{
    /// <summary>Limits an existing role assignment to a region, municipality or office.</summary>
    Task SetScopeAsync(Guid userId, string roleName, ScopeKind kind, Guid scopeId, CancellationToken ct = default);
}
