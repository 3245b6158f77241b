using Microsoft.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Identity;

public sealed class UserAdminRepository(NavLederprogramDbContext db, OrganisationReadModels organisation) : IUserAdminRepository
{
    public async Task<Page<UserAdminRow>> GetPageAsync(PageRequest request, string? roleName, bool? disabled, AccessScope scope, CancellationToken ct = default)
    {
        var query = db.Users.AsNoTracking();
        if (!scope.IsNational)
        {
            var offices = scope.OfficeIds.ToList();
            query = query.Where(u => organisation.People.Any(p => p.UserId == u.Id && offices.Contains(p.OfficeId)));
        }
        if (disabled is { } d) query = query.Where(u => u.IsDisabled == d);
        if (!string.IsNullOrWhiteSpace(roleName))
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var like = PagingExtensions.Like(request.Filter);
            query = query.Where(u => EF.Functions.Like(u.Name, like, "\\") || EF.Functions.Like(u.UserName!, like, "\\")
                || EF.Functions.Like(u.Email!, like, "\\"));
        }
        var (field, desc) = PagingExtensions.ParseSorting(request.Sorting, "name");
        query = field switch
        {
            "username" => query.OrderBy(u => u.UserName, desc).ThenBy(u => u.Id),
            "email" => query.OrderBy(u => u.Email, desc).ThenBy(u => u.Id),
            "lastsigninat" => query.OrderBy(u => u.LastSignInAt, desc).ThenBy(u => u.Id),
            _ => query.OrderBy(u => u.Name, desc).ThenBy(u => u.Id),
        };
        var page = await query.ToPageAsync(request, ct);
        var ids = page.Items.Select(u => u.Id).ToList();
        var roles = await RolesAsync(ids, ct);
        var people = (await organisation.People.Where(p => p.UserId != null && ids.Contains(p.UserId.Value)).ToListAsync(ct))
            .DistinctBy(p => p.UserId).ToDictionary(p => p.UserId!.Value);
        return new Page<UserAdminRow>(page.TotalCount, [.. page.Items.Select(u => Row(u, people.GetValueOrDefault(u.Id), roles))]);
    }

    public async Task<UserAdminRow?> FindAsync(Guid userId, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return null;
        var person = await organisation.People.FirstOrDefaultAsync(p => p.UserId == userId, ct);
        return Row(user, person, await RolesAsync([userId], ct));
    }

    public Task<bool> EmailExistsAsync(string email, Guid? exceptUserId, CancellationToken ct = default)
    {
        // Identity keeps the upper-cased address for exactly this comparison.
        var normalized = email.Trim().ToUpperInvariant();
        return db.Users.AnyAsync(u => u.NormalizedEmail == normalized && u.Id != exceptUserId, ct);
    }

    public Task<int> CountEnabledSystemAdminsAsync(Guid exceptUserId, CancellationToken ct = default) =>
        (from ur in db.UserRoles
         join r in db.Roles on ur.RoleId equals r.Id
         join u in db.Users on ur.UserId equals u.Id
         where r.Name == RoleNames.SystemAdmin && !u.IsDisabled && u.Id != exceptUserId
         select u.Id).Distinct().CountAsync(ct);

    public async Task SetAssignmentAsync(Guid userId, string roleName, ScopeKind? scopeKind, Guid? scopeId, CancellationToken ct = default)
    {
        var roleId = await db.Roles.Where(r => r.Name == roleName).Select(r => r.Id).SingleAsync(ct);
        var existing = await db.UserRoles.FirstOrDefaultAsync(ur => ur.UserId == userId && ur.RoleId == roleId, ct);
        if (existing is null) db.UserRoles.Add(new AppUserRole { UserId = userId, RoleId = roleId, ScopeKind = scopeKind, ScopeId = scopeId });
        else
        {
            existing.ScopeKind = scopeKind;
            existing.ScopeId = scopeId;
        }
    }

    public async Task<bool> RemoveAssignmentAsync(Guid userId, string roleName, CancellationToken ct = default)
    {
        var existing = await (from ur in db.UserRoles
                              join r in db.Roles on ur.RoleId equals r.Id
                              where ur.UserId == userId && r.Name == roleName
                              select ur).FirstOrDefaultAsync(ct);
        if (existing is null) return false;
        db.UserRoles.Remove(existing);
        return true;
    }

    private async Task<ILookup<Guid, RoleAssignment>> RolesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        (await (from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                where userIds.Contains(ur.UserId)
                select new { ur.UserId, r.Name, ur.ScopeKind, ur.ScopeId }).AsNoTracking().ToListAsync(ct))
        .ToLookup(x => x.UserId, x => new RoleAssignment(x.Name!, x.ScopeKind, x.ScopeId));

    private static UserAdminRow Row(AppUser u, PersonRow? person, ILookup<Guid, RoleAssignment> roles) =>
        new(u.Id, u.UserName ?? "", u.Name, u.Email, u.PreferredCulture, u.IsDisabled, u.DisabledAt, u.DisabledReason, u.LockoutEnd,
            u.PasswordHash is not null, u.InvitedAt, u.LastSignInAt, person?.Id, person is null ? null : $"{person.FirstName} {person.LastName}",
            person?.EmployeeNumber, person?.OfficeId,
            [.. roles[u.Id].OrderBy(r => r.RoleName, StringComparer.Ordinal)]);
}
