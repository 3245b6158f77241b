namespace NavLederprogram.Identity;

[ModuleContract]
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? Id { get; }
    string? UserName { get; }
    IReadOnlyList<string> Roles { get; }
    /// <summary>Set when the caller is an integration client (client credentials) rather than a person.</summary>
    string? ClientId { get; }
}
