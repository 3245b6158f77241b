using NavLederprogram.Organisation;

namespace NavLederprogram.Identity;

/// <summary>
/// Who may give whom which role, and what keeps the system administrable. A system administrator may assign any role anywhere;
/// anyone else only a role they hold themselves, at a scope inside the one they hold it at, so that nobody grants more than
/// they hold. The last enabled system administrator can neither be disabled nor lose the role, and a system administrator
/// never removes their own.
/// </summary>
public static class UserAdministrationRules
{
    /// <summary>The scopes a role may be limited to; a role with none is national.</summary>
    public static IReadOnlyList<ScopeKind> ScopesOf(string roleName) => roleName switch
    {
        RoleNames.RegionalCoordinator => [ScopeKind.Region],
        RoleNames.MunicipalCoordinator => [ScopeKind.Municipality, ScopeKind.Office],
        _ => [],
    };

    public static void EnsureScopeFits(string roleName, ScopeKind? kind)
    {
        var allowed = ScopesOf(roleName);
        if (allowed.Count == 0 && kind is not null)
            throw new BusinessException(NavLederprogramErrorCodes.RoleIsNational) { Field = "scopeKind" };
        if (allowed.Count > 0 && (kind is null || !allowed.Contains(kind.Value)))
            throw new BusinessException(NavLederprogramErrorCodes.RoleNeedsScope) { Field = "scopeKind" };
    }

    public static bool IsSystemAdmin(IEnumerable<RoleAssignment> assignments) =>
        assignments.Any(a => a.RoleName == RoleNames.SystemAdmin && a.ScopeKind is null);

    /// <summary>Refuses an assignment the caller could not hold out to others (409: the request is fine, the caller's rights are not).</summary>
    public static void EnsureMayAssign(IReadOnlyList<RoleAssignment> caller, RoleAssignment wanted, IReadOnlyDictionary<Guid, OfficeCard> offices)
    {
        if (!MayAssign(caller, wanted, offices))
            throw new BusinessException(NavLederprogramErrorCodes.RoleAboveOwn) { IsConflict = true };
    }

    public static bool MayAssign(IReadOnlyList<RoleAssignment> caller, RoleAssignment wanted, IReadOnlyDictionary<Guid, OfficeCard> offices) =>
        IsSystemAdmin(caller) || caller.Any(held => held.RoleName == wanted.RoleName && Contains(held, wanted, offices));

    /// <summary>A caller manages a user only when every role the user holds is one the caller could have given.</summary>
    public static void EnsureMayManage(IReadOnlyList<RoleAssignment> caller, IReadOnlyList<RoleAssignment> user, IReadOnlyDictionary<Guid, OfficeCard> offices)
    {
        if (!IsSystemAdmin(caller) && user.Any(a => !MayAssign(caller, a, offices)))
            throw new BusinessException(NavLederprogramErrorCodes.UserAboveOwn) { IsConflict = true };
    }

    /// <summary>Whether the part of the country <paramref name="wanted"/> covers lies inside what <paramref name="held"/> covers.</summary>
    public static bool Contains(RoleAssignment held, RoleAssignment wanted, IReadOnlyDictionary<Guid, OfficeCard> offices)
    {
        if (held.ScopeKind is null) return true;
        if (wanted.ScopeKind is null || wanted.ScopeId is not { } id) return false;
        var office = wanted.ScopeKind == ScopeKind.Office ? offices.GetValueOrDefault(id) : null;
        return (held.ScopeKind, wanted.ScopeKind) switch
        {
            (ScopeKind.Region, ScopeKind.Region) => held.ScopeId == id,
            // A municipality lies in the region of the offices that serve it.
            (ScopeKind.Region, ScopeKind.Municipality) => offices.Values.Any(o => o.MunicipalityIds.Contains(id))
                && offices.Values.Where(o => o.MunicipalityIds.Contains(id)).All(o => o.RegionId == held.ScopeId),
            (ScopeKind.Region, ScopeKind.Office) => office?.RegionId == held.ScopeId,
            (ScopeKind.Municipality, ScopeKind.Municipality) => held.ScopeId == id,
            (ScopeKind.Municipality, ScopeKind.Office) => office is not null && held.ScopeId is { } m && office.MunicipalityIds.Contains(m),
            (ScopeKind.Office, ScopeKind.Office) => held.ScopeId == id,
            _ => false,
        };
    }

    /// <summary>Before a user loses the system administrator role or is disabled.</summary>
    public static void EnsureAnotherSystemAdminRemains(bool userIsEnabledSystemAdmin, int otherEnabledSystemAdmins)
    {
        if (userIsEnabledSystemAdmin && otherEnabledSystemAdmins == 0)
            throw new BusinessException(NavLederprogramErrorCodes.LastSystemAdmin) { IsConflict = true };
    }

    public static void EnsureNotOwnSystemAdminRole(Guid callerId, Guid userId, string roleName)
    {
        if (callerId == userId && roleName == RoleNames.SystemAdmin)
            throw new BusinessException(NavLederprogramErrorCodes.OwnSystemAdminRole) { IsConflict = true };
    }

    public static void EnsureNotSelf(Guid callerId, Guid userId)
    {
        if (callerId == userId) throw new BusinessException(NavLederprogramErrorCodes.CannotDisableSelf) { IsConflict = true };
    }

    /// <summary>The grants that keep users and grants administrable: revoking them could lock everyone out.</summary>
    public static bool IsProtectedGrant(string roleName, string permissionName) =>
        roleName == RoleNames.SystemAdmin && (permissionName == ManageUsersPermission || permissionName == ManageGrantsPermission);

    public const string ManageUsersPermission = "NavLederprogram.Identity.ManageUsers";
    public const string ManageGrantsPermission = "NavLederprogram.Identity.ManageGrants";
}
