using Microsoft.AspNetCore.Identity;

namespace NavLederprogram.Identity;

public class AppRole : IdentityRole<Guid>
{
    public AppRole() { }

    public AppRole(Guid id, string name) : base(name) => Id = id;
}
