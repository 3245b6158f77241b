namespace NavLederprogram.Identity;

/// <summary>User accounts as other modules read them: by id, or the holders of an authorization role.</summary>
[ModuleContract]
public interface IUserDirectory
{
    Task<UserCard?> FindAsync(Guid userId, CancellationToken ct = default);
    Task<IReadOnlyList<UserCard>> GetInRoleAsync(string roleName, CancellationToken ct = default);
}
