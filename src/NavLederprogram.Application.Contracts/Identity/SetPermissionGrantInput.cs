namespace NavLederprogram.Identity;

public sealed class SetPermissionGrantInput
{
    public string? RoleName { get; set; }
    public string? PermissionName { get; set; }
    public bool? Granted { get; set; }
}
