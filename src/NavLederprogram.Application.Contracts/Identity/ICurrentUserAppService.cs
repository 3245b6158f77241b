namespace NavLederprogram.Identity;

public interface ICurrentUserAppService
{
    Task<CurrentUserDto> GetAsync(CancellationToken ct);
    Task SetCultureAsync(SetCultureInput input, CancellationToken ct);
}
