using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Identity;

/// <summary>Users as their administrators read them, and role assignments with scope. Saves with the unit of work.</summary>
public interface IUserAdminRepository
{
    /// <summary>Users whose name, user name or e-mail matches; outside a national scope only users linked to a person in it.</summary>
    Task<Page<UserAdminRow>> GetPageAsync(PageRequest request, string? roleName, bool? disabled, AccessScope scope, CancellationToken ct = default);
    Task<UserAdminRow?> FindAsync(Guid userId, CancellationToken ct = default);
    /// <summary>Whether any user has the e-mail address (compared without case), other than <paramref name="exceptUserId"/>.</summary>
    Task<bool> EmailExistsAsync(string email, Guid? exceptUserId, CancellationToken ct = default);
    Task<int> CountEnabledSystemAdminsAsync(Guid exceptUserId, CancellationToken ct = default);
    /// <summary>Adds the assignment, or moves an existing one of the same role to the new scope.</summary>
    Task SetAssignmentAsync(Guid userId, string roleName, ScopeKind? scopeKind, Guid? scopeId, CancellationToken ct = default);
    Task<bool> RemoveAssignmentAsync(Guid userId, string roleName, CancellationToken ct = default);
}
