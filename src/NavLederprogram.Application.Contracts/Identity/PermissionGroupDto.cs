namespace NavLederprogram.Identity;

/// <summary>The permissions of one module (its name is the text key <c>Permission:{Module}</c> area).</summary>
public sealed record PermissionGroupDto(string Module, IReadOnlyList<PermissionGrantRowDto> Permissions);
