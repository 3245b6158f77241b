using Microsoft.EntityFrameworkCore;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

public sealed class PersonUserLinks(NavLederprogramDbContext db) : IPersonUserLinks
{
    public async Task LinkAsync(Guid personId, Guid userId, CancellationToken ct = default)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct)
            ?? throw new EntityNotFoundException(typeof(Person), personId);
        if (person.UserId == userId) return;
        if (person.UserId is not null)
            throw new BusinessException(NavLederprogramErrorCodes.PersonHasUser) { IsConflict = true, Field = "personId" };
        await UnlinkAsync(userId, ct);
        person.LinkUser(userId);
    }

    public async Task<Guid?> UnlinkAsync(Guid userId, CancellationToken ct = default)
    {
        var linked = await db.People.Where(p => p.UserId == userId).ToListAsync(ct);
        foreach (var person in linked) person.LinkUser(null);
        return linked.FirstOrDefault()?.Id;
    }
}
