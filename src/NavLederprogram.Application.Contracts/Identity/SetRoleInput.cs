namespace NavLederprogram.Identity;

/// <summary>The scope of a role assignment: none for a national role, a region, municipality or office for a coordinator.</summary>
public sealed class SetRoleInput
{
    public ScopeKind? ScopeKind { get; set; }
    public Guid? ScopeId { get; set; }
}
