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

// A class with init properties rather than a positional record: EF can only compose further queries over member initialisers.
[ModuleContract]
public sealed class UserRow
{
    public Guid Id { get; init; }
    public string? Email { get; init; }
    public string? PreferredCulture { get; init; }
}
