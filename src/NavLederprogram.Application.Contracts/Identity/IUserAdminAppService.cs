using NavLederprogram.Paging;

namespace NavLederprogram.Identity;

public interface IUserAdminAppService
{
    Task<PagedResult<UserListItemDto>> GetListAsync(UserQuery query, CancellationToken ct);
    Task<UserDto> GetAsync(Guid id, CancellationToken ct);
    Task<UserAdminOptionsDto> GetOptionsAsync(CancellationToken ct);
    Task<IReadOnlyList<PersonCandidateDto>> FindPeopleAsync(string? filter, CancellationToken ct);
    Task<UserDto> CreateAsync(CreateUserInput input, CancellationToken ct);
    Task<UserDto> UpdateAsync(Guid id, UpdateUserInput input, CancellationToken ct);
    Task<UserDto> InviteAsync(Guid id, CancellationToken ct);
    Task<UserDto> SendPasswordResetAsync(Guid id, CancellationToken ct);
    Task<UserDto> DisableAsync(Guid id, DisableUserInput input, CancellationToken ct);
    Task<UserDto> EnableAsync(Guid id, CancellationToken ct);
    Task<UserDto> UnlockAsync(Guid id, CancellationToken ct);
    Task<UserDto> LinkPersonAsync(Guid id, LinkPersonInput input, CancellationToken ct);
    Task<UserDto> UnlinkPersonAsync(Guid id, CancellationToken ct);
    Task<UserDto> SetRoleAsync(Guid id, string roleName, SetRoleInput input, CancellationToken ct);
    Task<UserDto> RemoveRoleAsync(Guid id, string roleName, CancellationToken ct);
}
