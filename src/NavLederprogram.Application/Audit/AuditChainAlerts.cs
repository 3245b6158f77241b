using Microsoft.Extensions.Logging;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;

namespace NavLederprogram.Audit;

/// <summary>
/// Verifies the chain and, when it is broken, tells every system admin (in the app and by e-mail) and logs an error. A break is
/// announced once: the nightly runs after it stay quiet until the chain breaks somewhere else.
/// </summary>
public sealed class AuditChainAlerts(
    IAuditChainMaintenance maintenance,
    IUserDirectory users,
    INotificationSender notifications,
    IUnitOfWork unitOfWork,
    ILogger<AuditChainAlerts> logger)
{
    public const string TemplateKey = "Audit.ChainBroken";

    public async Task<AuditChainVerification> VerifyAsync(CancellationToken ct)
    {
        var verification = await maintenance.VerifyAsync(ct);
        if (verification.BrokenAtSequence is not { } brokenAt) return verification;

        logger.LogError("The audit log's hash chain is broken at entry {Sequence}: an entry was changed, removed or inserted in the database",
            brokenAt);
        var admins = await users.GetInRoleAsync(RoleNames.SystemAdmin, ct);
        await notifications.NotifyUsersAsync(admins.Select(a => a.Id).ToList(), new NotificationMessage(NotificationKind.Security, TemplateKey,
            [brokenAt.ToString(System.Globalization.CultureInfo.InvariantCulture)], "/audit-log", $"audit-chain-broken/{brokenAt}"), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return verification;
    }
}
