namespace NavLederprogram.Identity;

/// <summary>What part of the country a role assignment is limited to.</summary>
public enum ScopeKind
{
    Region = 1,
    Municipality = 2,
    Office = 3,
}
