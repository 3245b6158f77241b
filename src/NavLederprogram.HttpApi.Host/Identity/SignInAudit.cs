using NavLederprogram.Audit;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>
/// Every sign-in, successful or not, goes to the audit log. The entry names the user by id only, and only when the user
/// exists: a mistyped username is never stored, since it may be someone's password typed into the wrong field.
/// </summary>
public sealed class SignInAudit(IAuditTrail trail)
{
    public const string Password = "SignIn.Password";
    public const string TwoFactor = "SignIn.TwoFactor";
    public const string RecoveryCode = "SignIn.RecoveryCode";
    public const string External = "SignIn.External";

    /// <summary>The user was signed in: they are the actor, as nobody was signed in before.</summary>
    public Task SucceededAsync(string action, Guid userId, string? detail = null, CancellationToken ct = default) =>
        trail.RecordAsync(new AuditRecord(AuditKind.SignIn, action, SubjectUserId: userId, Target: Target(userId), Detail: detail, ActorUserId: userId), ct);

    /// <summary>A refused attempt; <paramref name="reason"/> is a code, e.g. <c>WrongPassword</c>, never what was typed.</summary>
    public Task FailedAsync(string action, Guid? userId, string reason, CancellationToken ct = default) =>
        trail.RecordAsync(new AuditRecord(AuditKind.SignInFailed, action, SubjectUserId: userId,
            Target: userId is { } id ? Target(id) : null, Detail: reason), ct);

    private static string Target(Guid userId) => $"AppUser:{userId}";
}
