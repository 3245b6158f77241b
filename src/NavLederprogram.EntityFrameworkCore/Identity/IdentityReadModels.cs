using Microsoft.EntityFrameworkCore;

namespace NavLederprogram.EntityFrameworkCore.Identity;

/// <summary>Identity's users as other modules' EF queries may join them: read-only, only the published columns (a
/// projection, so never tracked).</summary>
[ModuleContract]
public sealed class IdentityReadModels(NavLederprogramDbContext db)
{
    public IQueryable<UserRow> Users =>
        db.Users.Select(u => new UserRow { Id = u.Id, Email = u.Email, PreferredCulture = u.PreferredCulture });
}
