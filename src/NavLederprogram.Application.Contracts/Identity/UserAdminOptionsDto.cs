namespace NavLederprogram.Identity;

/// <summary>What the caller may choose from: the roles they may assign and the regions, municipalities and offices in their scope.</summary>
public sealed record UserAdminOptionsDto(
    IReadOnlyList<RoleOptionDto> AssignableRoles, IReadOnlyList<string> AllRoles, IReadOnlyList<NamedOptionDto> Regions,
    IReadOnlyList<NamedOptionDto> Municipalities, IReadOnlyList<NamedOptionDto> Offices);
