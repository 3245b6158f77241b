namespace NavLederprogram.Identity;

/// <summary>The role assignments of a user with their scopes, as stored.</summary>
[ModuleContract]
public sealed record RoleAssignment(string RoleName, ScopeKind? ScopeKind, Guid? ScopeId);

/// <summary>A user's role assignments as other modules read them, e.g. Organisation to resolve an access scope.</summary>
[ModuleContract]
public interface IRoleAssignmentQueries
{
    Task<IReadOnlyList<RoleAssignment>> GetAssignmentsAsync(Guid userId, CancellationToken ct = default);
}

public interface IRoleAssignmentRepository : IRoleAssignmentQueries
{
    /// <summary>Limits an existing role assignment to a region, municipality or office.</summary>
    Task SetScopeAsync(Guid userId, string roleName, ScopeKind kind, Guid scopeId, CancellationToken ct = default);
}
