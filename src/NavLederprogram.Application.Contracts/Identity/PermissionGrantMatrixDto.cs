namespace NavLederprogram.Identity;

public sealed record PermissionGrantMatrixDto(IReadOnlyList<string> Roles, IReadOnlyList<PermissionGroupDto> Groups);
