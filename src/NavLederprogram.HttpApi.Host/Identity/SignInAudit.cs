using Microsoft.AspNetCore.Identity;
using NavLederprogram.Audit;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>
/// Every sign-in, successful or not, goes to the audit log. The entry names the user by id only, and only when the user
/// exists: a mistyped username is never stored, since it may be someone's password typed into the wrong field.
/// </summary>
public sealed class SignInAudit(IAuditTrail trail, UserManager<AppUser> users, TimeProvider clock)
{
    public const string Password = "SignIn.Password";
    public const string TwoFactor = "SignIn.TwoFactor";
    public const string RecoveryCode = "SignIn.RecoveryCode";
    public const string External = "SignIn.External";

    /// <summary>
    /// The user was signed in: they are the actor, as nobody was signed in before. The time is kept on the user too: the user
    /// list shows when each user last signed in, so that admins find accounts nobody uses.
    /// </summary>
    public async Task SucceededAsync(string action, Guid userId, string? detail = null, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(userId.ToString()) is { } user)
        {
            user.MarkSignedIn(clock.GetUtcNow().UtcDateTime);
            await users.UpdateAsync(user);
        }
        await trail.RecordAsync(new AuditRecord(AuditKind.SignIn, action, SubjectUserId: userId, Target: Target(userId), Detail: detail, ActorUserId: userId), ct);
    }

    /// <summary>A refused attempt; <paramref name="reason"/> is a code, e.g. <c>WrongPassword</c>, never what was typed.</summary>
    public Task FailedAsync(string action, Guid? userId, string reason, CancellationToken ct = default) =>
        trail.RecordAsync(new AuditRecord(AuditKind.SignInFailed, action, SubjectUserId: userId,
            Target: userId is { } id ? Target(id) : null, Detail: reason), ct);

    private static string Target(Guid userId) => $"AppUser:{userId}";
}
