using NavLederprogram.Data;
using NavLederprogram.Permissions;
using NavLederprogram.Validation;

namespace NavLederprogram.Identity;

/// <summary>
/// Which role may do what. A change counts from the next request on every node (the grants' cache kind is dropped by the
/// save). Nobody grants a permission they do not hold themselves, except a system administrator, and the system
/// administrators' grants to manage users and grants stay, so that nobody locks the system out.
/// </summary>
public sealed class PermissionGrantAppService(
    IPermissionGrantRepository grants,
    IPermissionDefinitionProvider definitions,
    IPermissionChecker checker,
    IRoleAssignmentQueries assignments,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork) : IPermissionGrantAppService
{
    public async Task<PermissionGrantMatrixDto> GetMatrixAsync(CancellationToken ct)
    {
        var granted = (await grants.GetListAsync(ct)).ToLookup(g => g.PermissionName, g => g.RoleName);
        var groups = definitions.GetPermissions()
            .GroupBy(p => ModuleOf(p.Name))
            .Select(g => new PermissionGroupDto(g.Key, [.. g.Select(p => new PermissionGrantRowDto(p.Name, TextKey(p.Name),
                [.. RoleNames.All.Where(r => granted[p.Name].Contains(r))],
                [.. RoleNames.All.Where(r => UserAdministrationRules.IsProtectedGrant(r, p.Name))]))]))
            .ToList();
        return new PermissionGrantMatrixDto(RoleNames.All, groups);
    }

    public async Task<PermissionGrantMatrixDto> SetAsync(SetPermissionGrantInput input, CancellationToken ct)
    {
        var validator = new InputValidator().Require(nameof(input.Granted), input.Granted);
        if (string.IsNullOrWhiteSpace(input.RoleName)) validator.Add(nameof(input.RoleName), InputValidator.Required);
        else if (!RoleNames.All.Contains(input.RoleName)) validator.Add(nameof(input.RoleName), InputValidator.Unknown);
        if (string.IsNullOrWhiteSpace(input.PermissionName)) validator.Add(nameof(input.PermissionName), InputValidator.Required);
        else if (definitions.GetPermissions().All(p => p.Name != input.PermissionName)) validator.Add(nameof(input.PermissionName), InputValidator.Unknown);
        validator.ThrowIfInvalid();
        var (role, permission) = (input.RoleName!, input.PermissionName!);

        if (input.Granted!.Value)
        {
            var caller = await assignments.GetAssignmentsAsync(currentUser.Id ?? Guid.Empty, ct);
            if (!UserAdministrationRules.IsSystemAdmin(caller)
                && !await checker.IsGrantedAsync([.. caller.Select(a => a.RoleName).Distinct()], permission, ct))
                throw new BusinessException(NavLederprogramErrorCodes.GrantAboveOwn) { IsConflict = true };
            if ((await grants.GetListAsync(ct)).Any(g => g.RoleName == role && g.PermissionName == permission)) return await GetMatrixAsync(ct);
            await grants.InsertAsync(new PermissionGrant(Guid.CreateVersion7(), role, permission), ct);
        }
        else
        {
            if (UserAdministrationRules.IsProtectedGrant(role, permission))
                throw new BusinessException(NavLederprogramErrorCodes.GrantProtected) { IsConflict = true };
            if (!await grants.DeleteAsync(role, permission, ct)) return await GetMatrixAsync(ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
        return await GetMatrixAsync(ct);
    }

    /// <summary>NavLederprogram.Organisation.View → Organisation.</summary>
    private static string ModuleOf(string permission) => permission[(NavLederprogramPermissions.Prefix.Length + 1)..].Split('.')[0];

    /// <summary>NavLederprogram.Organisation.View → Permission:Organisation.View, the text every permission has.</summary>
    private static string TextKey(string permission) => "Permission:" + permission[(NavLederprogramPermissions.Prefix.Length + 1)..];
}
