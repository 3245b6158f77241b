namespace NavLederprogram.Identity;

/// <summary>Whether a user is disabled, asked on every authenticated request: answered from the node's cache.</summary>
public interface IUserStatusQueries
{
    Task<bool> IsDisabledAsync(Guid userId, CancellationToken ct = default);
}
