using Microsoft.AspNetCore.Identity;

namespace NavLederprogram.Identity;

public class AppUser : IdentityUser<Guid>
{
    public string Name { get; set; } = "";
    public string? PreferredCulture { get; set; }
    public ICollection<AppUserRole> Roles { get; } = [];

    public AppUser() { }

    public AppUser(Guid id, string userName, string email, string name)
    {
        Id = id;
        UserName = userName;
        Email = email;
        Name = name;
        EmailConfirmed = true;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }
}
