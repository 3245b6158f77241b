using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NavLederprogram.Identity;
using NavLederprogram.Privacy;
using OpenIddict.EntityFrameworkCore.Models;

namespace NavLederprogram.EntityFrameworkCore.Identity;

/// <summary>
/// The user account: name, e-mail, language, role assignments, external logins, and the tokens and authorizations issued to it.
/// An erasure deletes the account with all of them (roles, logins, claims and Identity tokens go with the user row).
/// </summary>
public sealed class IdentityPersonalData(NavLederprogramDbContext db) : IPersonalDataSource
{
    public const string UserAccount = "UserAccount";
    public const string RoleAssignments = "RoleAssignments";
    public const string ExternalLogins = "ExternalLogins";
    public const string IssuedTokens = "IssuedTokens";

    public string Module => "Identity";

    public IReadOnlyList<PersonalDataKind> Kinds { get; } =
    [
        new(UserAccount, PersonalDataBasis.PublicTask), new(RoleAssignments, PersonalDataBasis.PublicTask),
        new(ExternalLogins, PersonalDataBasis.PublicTask), new(IssuedTokens, PersonalDataBasis.LegitimateInterest),
    ];

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, bool includePrivateTexts, CancellationToken ct)
    {
        var entries = new List<PersonalDataEntry>();
        if (subject.UserId is not { } id || await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) is not { } user) return new(Module, entries);
        entries.Add(PersonalDataEntry.Of(UserAccount, ("userName", user.UserName), ("name", user.Name), ("email", user.Email),
            ("preferredCulture", user.PreferredCulture), ("twoFactorEnabled", user.TwoFactorEnabled), ("lockoutEnd", user.LockoutEnd)));
        var roles = await (from ur in db.UserRoles.AsNoTracking()
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == id
                           select new { r.Name, ur.ScopeKind, ur.ScopeId }).ToListAsync(ct);
        entries.AddRange(roles.Select(r => PersonalDataEntry.Of(RoleAssignments, ("role", r.Name), ("scopeKind", r.ScopeKind), ("scopeId", r.ScopeId))));
        var logins = await db.UserLogins.AsNoTracking().Where(l => l.UserId == id).ToListAsync(ct);
        entries.AddRange(logins.Select(l => PersonalDataEntry.Of(ExternalLogins, ("provider", l.ProviderDisplayName ?? l.LoginProvider))));
        var tokens = await Tokens(id).AsNoTracking().Select(t => new { t.Type, t.Status, t.CreationDate, t.ExpirationDate }).ToListAsync(ct);
        entries.AddRange(tokens.Select(t => PersonalDataEntry.Of(IssuedTokens, ("type", t.Type), ("status", t.Status), ("issuedAt", t.CreationDate),
            ("expiresAt", t.ExpirationDate))));
        return new(Module, entries);
    }

    public async Task<IReadOnlyList<ErasureStep>> PlanErasureAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.UserId is not { } id || !await db.Users.AnyAsync(u => u.Id == id, ct)) return [];
        return
        [
            new(Module, UserAccount, ErasureAction.Delete, 1),
            new(Module, RoleAssignments, ErasureAction.Delete, await db.UserRoles.CountAsync(r => r.UserId == id, ct)),
            new(Module, ExternalLogins, ErasureAction.Delete, await db.UserLogins.CountAsync(l => l.UserId == id, ct)),
            new(Module, IssuedTokens, ErasureAction.Delete, await Tokens(id).CountAsync(ct) + await Authorizations(id).CountAsync(ct)),
        ];
    }

    public async Task EraseAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.UserId is not { } id) return;
        // Tokens first: they point at their authorizations.
        await Tokens(id).ExecuteDeleteAsync(ct);
        await Authorizations(id).ExecuteDeleteAsync(ct);
        await db.Set<IdentityUserToken<Guid>>().Where(t => t.UserId == id).ExecuteDeleteAsync(ct);
        await db.UserLogins.Where(l => l.UserId == id).ExecuteDeleteAsync(ct);
        await db.UserClaims.Where(c => c.UserId == id).ExecuteDeleteAsync(ct);
        // Through the change tracker, so that the user's cached roles and grants leave every node at once.
        if (await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == id, ct) is { } user)
        {
            db.Users.Remove(user);
            await db.SaveChangesAsync(ct);
        }
    }

    private IQueryable<OpenIddictEntityFrameworkCoreToken<Guid>> Tokens(Guid userId)
    {
        var subject = userId.ToString();
        return db.Set<OpenIddictEntityFrameworkCoreToken<Guid>>().Where(t => t.Subject == subject);
    }

    private IQueryable<OpenIddictEntityFrameworkCoreAuthorization<Guid>> Authorizations(Guid userId)
    {
        var subject = userId.ToString();
        return db.Set<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().Where(a => a.Subject == subject);
    }
}
