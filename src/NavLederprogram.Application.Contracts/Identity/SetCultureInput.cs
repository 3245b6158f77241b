namespace NavLederprogram.Identity;

/// <summary>The language the user chose: nb, nn or en. E-mail is written in it.</summary>
public sealed class SetCultureInput
{
    public string? Culture { get; set; }
}
