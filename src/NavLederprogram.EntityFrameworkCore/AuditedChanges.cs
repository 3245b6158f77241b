using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata;
using NavLederprogram.Audit;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Development;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.Evaluations;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using NavLederprogram.Organisation;
using NavLederprogram.Privacy;
using NavLederprogram.Programmes;
using NavLederprogram.Scheduling;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>
/// What the audit log records of admins' and coordinators' saves, in one place: which rows are not recorded at all, which are
/// grant changes, and which columns are secrets whose values never reach an entry. It names every module's entities, so it
/// lives with the DbContext that maps them all.
/// </summary>
public static class AuditedChanges
{
    /// <summary>
    /// Rows never recorded: the log itself and the infrastructure under it; secrets (sign-in tokens, authenticator keys and
    /// recovery codes live in the user tokens, data keys, OpenIddict's tokens and client secrets); rows the system derives
    /// (notifications, computed statuses, job runs); and anonymous answers, whose row and time together could name the one
    /// who answered.
    /// </summary>
    private static readonly HashSet<Type> NotRecorded =
    [
        typeof(AuditEntry), typeof(AuditChainHead), typeof(AuditChainVerification),
        typeof(CacheChange), typeof(DataProtectionKey), typeof(PrivateTextKey),
        typeof(IdentityUserToken<Guid>),
        typeof(OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication<Guid>),
        typeof(OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreAuthorization<Guid>),
        typeof(OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreScope<Guid>),
        typeof(OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreToken<Guid>),
        typeof(Notification), typeof(NotificationEmail), typeof(PersonCompetenceStatus), typeof(MilestoneRun), typeof(JobRun),
        typeof(EvaluationResponse), typeof(EvaluationRespondent), typeof(FeedbackResponse), typeof(FeedbackInvitee),
    ];

    /// <summary>Parts of a column name that mark a secret or a stamp: the column is named in an entry, its values never.</summary>
    private static readonly string[] SecretNameParts = ["Password", "Secret", "Token", "Stamp", "Hash", "AuthenticatorKey", "RecoveryCode"];

    /// <summary>Columns the save stamps itself; recording them would only repeat the entry's own who and when.</summary>
    private static readonly HashSet<string> Stamps =
    [
        nameof(Entities.IAuditedObject.CreationTime), nameof(Entities.IAuditedObject.CreatorId),
        nameof(Entities.IAuditedObject.LastModificationTime), nameof(Entities.IAuditedObject.LastModifierId),
        nameof(Entities.ISoftDelete.DeletionTime), nameof(Entities.ISoftDelete.DeleterId),
    ];

    /// <summary>The mark that replaces a secret's value.</summary>
    public const string Hidden = "[hidden]";

    /// <summary>The mark that replaces a value stored encrypted for its owner (a private text): it stays theirs alone.</summary>
    public const string Private = "[private]";

    public static bool IsRecorded(IEntityType type)
    {
        var root = type;
        while (root.FindOwnership() is { } ownership) root = ownership.PrincipalEntityType;
        return !NotRecorded.Contains(root.ClrType) && !root.ClrType.IsDefined(typeof(NotAuditedAttribute), inherit: true);
    }

    public static AuditKind KindOf(IEntityType type) =>
        type.ClrType == typeof(PermissionGrant) || typeof(IdentityUserRole<Guid>).IsAssignableFrom(type.ClrType) ? AuditKind.GrantChange : AuditKind.Change;

    public static bool IsSecret(IProperty property) =>
        SecretNameParts.Any(part => property.Name.Contains(part, StringComparison.OrdinalIgnoreCase));

    public static bool IsStamp(IProperty property) => Stamps.Contains(property.Name);

    /// <summary>
    /// Whom a row is about: a person row is its person; a user row, or a role assignment, its user; any other row the person
    /// (or else the user) its own columns name.
    /// </summary>
    public static (Guid? PersonId, Guid? UserId) SubjectOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) => entry.Entity switch
    {
        Person p => (p.Id, p.UserId),
        AppUser u => (null, u.Id),
        IdentityUserRole<Guid> r => (null, r.UserId),
        _ => (GuidColumn(entry, n => n.EndsWith("PersonId", StringComparison.Ordinal)), GuidColumn(entry, n => n == "UserId")),
    };

    private static Guid? GuidColumn(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, Func<string, bool> name)
    {
        foreach (var property in entry.Metadata.GetProperties())
            if ((property.ClrType == typeof(Guid) || property.ClrType == typeof(Guid?)) && name(property.Name)
                && entry.Property(property.Name).CurrentValue is Guid id && id != Guid.Empty)
                return id;
        return null;
    }
}
