namespace NavLederprogram.Identity;

/// <summary>Answers whether the current principal holds a permission, from the grants stored for its roles.</summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(IReadOnlyCollection<string> roles, string permission, CancellationToken ct = default);
    Task<IReadOnlyList<string>> GetGrantedAsync(IReadOnlyCollection<string> roles, CancellationToken ct = default);
}
