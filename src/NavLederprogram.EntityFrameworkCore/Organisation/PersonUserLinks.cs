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

    public Task<Guid?> FindUserIdByEmployeeNumberAsync(string employeeNumber, CancellationToken ct = default) =>
        db.People.AsNoTracking().Where(p => p.EmployeeNumber == employeeNumber.Trim()).Select(p => p.UserId).FirstOrDefaultAsync(ct);

    public async Task<Guid?> LinkUnlinkedPersonAsync(Guid userId, string? employeeNumber, string? email, CancellationToken ct = default)
    {
        Person? person = null;
        if (!string.IsNullOrWhiteSpace(employeeNumber))
            person = await db.People.FirstOrDefaultAsync(p => p.EmployeeNumber == employeeNumber.Trim() && p.UserId == null, ct);
        if (person is null && !string.IsNullOrWhiteSpace(email))
        {
            // Two people may share an address (a shared mailbox): then nobody is linked rather than the wrong one.
            var normalised = email.Trim().ToLower();
            var matches = await db.People.Where(p => p.Email.ToLower() == normalised).OrderBy(p => p.Id).Take(2).ToListAsync(ct);
            person = matches is [{ UserId: null } only] ? only : null;
        }
        if (person is null) return null;
        person.LinkUser(userId);
        await db.SaveChangesAsync(ct);
        return person.Id;
    }
}
