using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.Identity;

namespace NavLederprogram.EntityFrameworkCore.Identity;

public sealed class RoleAssignmentRepository(NavLederprogramDbContext db, IDataCache cache) : IRoleAssignmentRepository
{
    /// <summary>Read on every authenticated request, so cached per user until any role assignment changes.</summary>
    public Task<IReadOnlyList<RoleAssignment>> GetAssignmentsAsync(Guid userId, CancellationToken ct = default) =>
        cache.GetOrLoadAsync<IReadOnlyList<RoleAssignment>>(IdentityCaches.RoleAssignments, userId.ToString("N"), async c =>
            await (from ur in db.UserRoles
                   join r in db.Roles on ur.RoleId equals r.Id
                   where ur.UserId == userId
                   select new RoleAssignment(r.Name!, ur.ScopeKind, ur.ScopeId)).ToArrayAsync(c), ct);

    public async Task SetScopeAsync(Guid userId, string roleName, ScopeKind kind, Guid scopeId, CancellationToken ct = default)
    {
        var assignment = await (from ur in db.UserRoles
                                join r in db.Roles on ur.RoleId equals r.Id
                                where ur.UserId == userId && r.Name == roleName
                                select ur).SingleAsync(ct);
        assignment.ScopeKind = kind;
        assignment.ScopeId = scopeId;
        await db.SaveChangesAsync(ct);
    }
}
