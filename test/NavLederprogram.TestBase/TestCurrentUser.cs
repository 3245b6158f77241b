using NavLederprogram.Identity;

namespace NavLederprogram.TestBase;

/// <summary>The caller in application tests; tests set who is signed in.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public Guid? Id { get; set; }
    public string? UserName { get; set; }
    public IReadOnlyList<string> Roles { get; set; } = [];
    public string? ClientId { get; set; }
    public bool IsAuthenticated => Id is not null || ClientId is not null;
}
