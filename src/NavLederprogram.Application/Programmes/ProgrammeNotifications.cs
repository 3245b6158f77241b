using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Events;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;

namespace NavLederprogram.Programmes;

/// <summary>
/// Tells people what happened to their place in a cohort, to the cohort, and when their certificate is ready; and
/// tells the owners' admins when a programme version awaits their approval and when it is published.
/// </summary>
public sealed class ProgrammeNotifications(
    IEnrolmentRepository enrolments,
    ICohortRepository cohorts,
    IProgrammeRepository programmes,
    IUserDirectory users,
    INotificationSender notifications,
    IUnitOfWork unitOfWork)
    : IDomainEventHandler<EnrolmentStatusChanged>, IDomainEventHandler<CohortStatusChanged>, IDomainEventHandler<CertificateIssued>,
      IDomainEventHandler<ProgrammeVersionAwaitsApproval>, IDomainEventHandler<ProgrammeVersionPublished>
{
    /// <summary>The party whose approval is missing is told: every admin of that party.</summary>
    public async Task HandleAsync(IReadOnlyList<ProgrammeVersionAwaitsApproval> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            var version = await programmes.FindVersionAsync(e.VersionId, ct);
            if (version is null || version.Status != ProgrammeVersionStatus.Draft) continue;
            // An edit withdraws the approvals, so the same version can await the same party again: each round is its own.
            await notifications.NotifyUsersAsync(await AdminsOfAsync(e.From), new NotificationMessage(NotificationKind.ProgrammeApproval,
                "Programme.VersionAwaitsApproval", [version.Name.Nb], $"/programme/versions/{version.Id}",
                $"programme-version/{version.Id:N}/awaits/{e.From}/{version.History.Count}"), ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>Both owners' admins learn that the version is published.</summary>
    public async Task HandleAsync(IReadOnlyList<ProgrammeVersionPublished> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            var version = await programmes.FindVersionAsync(e.VersionId, ct);
            if (version is null) continue;
            await notifications.NotifyUsersAsync([.. await AdminsOfAsync(ApprovalParty.Ks), .. await AdminsOfAsync(ApprovalParty.Directorate)],
                new NotificationMessage(NotificationKind.ProgrammeApproval, "Programme.VersionPublished", [version.Name.Nb],
                    $"/programme/versions/{version.Id}", $"programme-version/{version.Id:N}/published"), ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<IReadOnlyList<Guid>> AdminsOfAsync(ApprovalParty party) =>
        [.. (await users.GetInRoleAsync(party == ApprovalParty.Ks ? RoleNames.KsAdmin : RoleNames.DirectorateAdmin)).Select(u => u.Id)];

    public async Task HandleAsync(IReadOnlyList<EnrolmentStatusChanged> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            var cohort = await cohorts.FindAsync(e.CohortId, ct);
            var enrolment = await enrolments.FindAsync(e.EnrolmentId, ct);
            if (cohort is null || enrolment is null) continue;
            var (template, args) = e.Status switch
            {
                EnrolmentStatus.Enrolled when e.FromWaitlist => ("Cohort.PromotedFromWaitlist", new[] { cohort.Name }),
                EnrolmentStatus.Enrolled => ("Cohort.EnrolmentConfirmed", [cohort.Name, Date(cohort.StartsOn)]),
                EnrolmentStatus.Waitlisted => ("Cohort.Waitlisted", [cohort.Name, (await WaitlistPositionAsync(enrolment, ct)).ToString(CultureInfo.InvariantCulture)]),
                EnrolmentStatus.Pending when enrolment.NominatedBy is { } by => ("Cohort.Nominated", [cohort.Name, by.Name]),
                EnrolmentStatus.Rejected => ("Cohort.EnrolmentRejected", [cohort.Name]),
                EnrolmentStatus.Withdrawn => ("Cohort.EnrolmentWithdrawn", [cohort.Name]),
                _ => (null, []),
            };
            if (template is null) continue;
            await notifications.NotifyPeopleAsync([e.PersonId], new NotificationMessage(NotificationKind.Enrolment, template, args, "/my-programme",
                $"enrolment/{e.EnrolmentId:N}/{e.Status}"), ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task HandleAsync(IReadOnlyList<CohortStatusChanged> events, CancellationToken ct)
    {
        foreach (var e in events.Where(e => e.Status is CohortStatus.Running or CohortStatus.Cancelled))
        {
            var cohort = await cohorts.FindAsync(e.CohortId, ct);
            if (cohort is null) continue;
            var people = (await enrolments.GetForCohortAsync(cohort.Id, ct))
                .Where(x => e.Status == CohortStatus.Running ? x.Status == EnrolmentStatus.Enrolled : x.IsActive).Select(x => x.PersonId).ToList();
            if (people.Count == 0) continue;
            await notifications.NotifyPeopleAsync(people, new NotificationMessage(NotificationKind.Cohort,
                e.Status == CohortStatus.Running ? "Cohort.Started" : "Cohort.Cancelled", [cohort.Name], "/my-programme", $"cohort/{cohort.Id:N}/{e.Status}"), ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task HandleAsync(IReadOnlyList<CertificateIssued> events, CancellationToken ct)
    {
        foreach (var e in events)
            await notifications.NotifyPeopleAsync([e.PersonId], new NotificationMessage(NotificationKind.Certificate, "Cohort.CertificateIssued",
                [e.ProgrammeName, e.CohortName], "/my-programme", $"certificate/{e.CertificateId:N}"), ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<int> WaitlistPositionAsync(Enrolment enrolment, CancellationToken ct) =>
        (await enrolments.GetForCohortAsync(enrolment.CohortId, ct)).Count(x => x.Status == EnrolmentStatus.Waitlisted && x.PlacementNumber <= enrolment.PlacementNumber);

    /// <summary>ISO, so that the renderer writes the day in each reader's language.</summary>
    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
