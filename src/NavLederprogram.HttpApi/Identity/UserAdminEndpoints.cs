using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;

namespace NavLederprogram.Identity;

/// <summary>The administration of users (/api/identity/users) and of permission grants (/api/identity/grants).</summary>
public static class UserAdminEndpoints
{
    public static IEndpointRouteBuilder MapUserAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity").WithTags("Identity");
        var users = api.MapGroup("/users").RequireAuthorization(NavLederprogramPermissions.Identity.ManageUsers);
        users.MapGet("", GetUsers).WithName(nameof(GetUsers));
        users.MapGet("/options", GetUserAdminOptions).WithName(nameof(GetUserAdminOptions));
        users.MapGet("/people", FindPeopleForUsers).WithName(nameof(FindPeopleForUsers));
        users.MapGet("/{id:guid}", GetUser).WithName(nameof(GetUser));
        users.MapPost("", CreateUser).WithName(nameof(CreateUser));
        users.MapPut("/{id:guid}", UpdateUser).WithName(nameof(UpdateUser));
        users.MapPost("/{id:guid}/invite", InviteUser).WithName(nameof(InviteUser));
        users.MapPost("/{id:guid}/reset-password", SendPasswordReset).WithName(nameof(SendPasswordReset));
        users.MapPost("/{id:guid}/disable", DisableUser).WithName(nameof(DisableUser));
        users.MapPost("/{id:guid}/enable", EnableUser).WithName(nameof(EnableUser));
        users.MapPost("/{id:guid}/unlock", UnlockUser).WithName(nameof(UnlockUser));
        users.MapPut("/{id:guid}/person", LinkUserPerson).WithName(nameof(LinkUserPerson));
        users.MapDelete("/{id:guid}/person", UnlinkUserPerson).WithName(nameof(UnlinkUserPerson));
        users.MapPut("/{id:guid}/roles/{roleName}", SetUserRole).WithName(nameof(SetUserRole));
        users.MapDelete("/{id:guid}/roles/{roleName}", RemoveUserRole).WithName(nameof(RemoveUserRole));

        var grants = api.MapGroup("/grants").RequireAuthorization(NavLederprogramPermissions.Identity.ManageGrants);
        grants.MapGet("", GetPermissionGrants).WithName(nameof(GetPermissionGrants));
        grants.MapPut("", SetPermissionGrant).WithName(nameof(SetPermissionGrant));
        return app;
    }

    private static Task<PagedResult<UserListItemDto>> GetUsers(
        [AsParameters] PagedQueryParameters q, string? role, bool? isDisabled, IUserAdminAppService s, CancellationToken ct) =>
        s.GetListAsync(q.ToQuery(new UserQuery { Role = role, IsDisabled = isDisabled }), ct);

    private static Task<UserAdminOptionsDto> GetUserAdminOptions(IUserAdminAppService s, CancellationToken ct) => s.GetOptionsAsync(ct);

    private static Task<IReadOnlyList<PersonCandidateDto>> FindPeopleForUsers(string? filter, IUserAdminAppService s, CancellationToken ct) =>
        s.FindPeopleAsync(filter, ct);

    private static Task<UserDto> GetUser(Guid id, IUserAdminAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static async Task<Created<UserDto>> CreateUser(CreateUserInput input, IUserAdminAppService s, CancellationToken ct)
    {
        var created = await s.CreateAsync(input, ct);
        return TypedResults.Created($"/api/identity/users/{created.Id}", created);
    }

    private static Task<UserDto> UpdateUser(Guid id, UpdateUserInput input, IUserAdminAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct);

    private static Task<UserDto> InviteUser(Guid id, IUserAdminAppService s, CancellationToken ct) => s.InviteAsync(id, ct);

    private static Task<UserDto> SendPasswordReset(Guid id, IUserAdminAppService s, CancellationToken ct) => s.SendPasswordResetAsync(id, ct);

    private static Task<UserDto> DisableUser(Guid id, DisableUserInput input, IUserAdminAppService s, CancellationToken ct) => s.DisableAsync(id, input, ct);

    private static Task<UserDto> EnableUser(Guid id, IUserAdminAppService s, CancellationToken ct) => s.EnableAsync(id, ct);

    private static Task<UserDto> UnlockUser(Guid id, IUserAdminAppService s, CancellationToken ct) => s.UnlockAsync(id, ct);

    private static Task<UserDto> LinkUserPerson(Guid id, LinkPersonInput input, IUserAdminAppService s, CancellationToken ct) =>
        s.LinkPersonAsync(id, input, ct);

    private static Task<UserDto> UnlinkUserPerson(Guid id, IUserAdminAppService s, CancellationToken ct) => s.UnlinkPersonAsync(id, ct);

    private static Task<UserDto> SetUserRole(Guid id, string roleName, SetRoleInput input, IUserAdminAppService s, CancellationToken ct) =>
        s.SetRoleAsync(id, roleName, input, ct);

    private static Task<UserDto> RemoveUserRole(Guid id, string roleName, IUserAdminAppService s, CancellationToken ct) => s.RemoveRoleAsync(id, roleName, ct);

    private static Task<PermissionGrantMatrixDto> GetPermissionGrants(IPermissionGrantAppService s, CancellationToken ct) => s.GetMatrixAsync(ct);

    private static Task<PermissionGrantMatrixDto> SetPermissionGrant(SetPermissionGrantInput input, IPermissionGrantAppService s, CancellationToken ct) =>
        s.SetAsync(input, ct);
}
