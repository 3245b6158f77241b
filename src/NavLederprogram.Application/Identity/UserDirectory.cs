using Microsoft.AspNetCore.Identity;

namespace NavLederprogram.Identity;

public sealed class UserDirectory(UserManager<AppUser> users) : IUserDirectory
{
    public async Task<UserCard?> FindAsync(Guid userId, CancellationToken ct = default) =>
        await users.FindByIdAsync(userId.ToString()) is { } user ? new UserCard(user.Id, user.Name) : null;

    public async Task<IReadOnlyList<UserCard>> GetInRoleAsync(string roleName, CancellationToken ct = default) =>
        (await users.GetUsersInRoleAsync(roleName)).Select(u => new UserCard(u.Id, u.Name)).ToList();
}
