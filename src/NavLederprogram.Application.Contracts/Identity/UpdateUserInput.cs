namespace NavLederprogram.Identity;

public sealed class UpdateUserInput
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? PreferredCulture { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
