using Microsoft.AspNetCore.Identity;

namespace NavLederprogram.Identity;

/// <summary>A role assignment, optionally limited to a region, municipality or office.</summary>
public class AppUserRole : IdentityUserRole<Guid>
{
    public ScopeKind? ScopeKind { get; set; }
    public Guid? ScopeId { get; set; }
}
