namespace NavLederprogram.Identity;

/// <summary>
/// The caller of the flow in progress (the request's user, a test's user, the migrator). Implementations read an ambient
/// caller and hold no state of their own, so they are registered as singletons: the pooled DbContexts' auditing uses them.
/// </summary>
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
