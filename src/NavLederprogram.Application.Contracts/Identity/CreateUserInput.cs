namespace NavLederprogram.Identity;

/// <summary>
/// A new user. With a person the name and e-mail default to the person's, and the user is linked to them (a coordinator must
/// name a person in their scope). The invite e-mail carries a link to set a password.
/// </summary>
public sealed class CreateUserInput
{
    public string? UserName { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? PreferredCulture { get; set; }
    public Guid? PersonId { get; set; }
    /// <summary>Send the invite e-mail now (the default); without it the user signs in only once invited or through the organisation's provider.</summary>
    public bool? SendInvite { get; set; }
}
