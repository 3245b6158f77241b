using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Events;
using NavLederprogram.Notifications;

namespace NavLederprogram.Programmes;

/// <summary>Tells people what happened to their place in a cohort, to the cohort, and when their certificate is ready.</summary>
public sealed class ProgrammeNotifications(
    IEnrolmentRepository enrolments,
    ICohortRepository cohorts,
    INotificationSender notifications,
    IUnitOfWork unitOfWork)
    : IDomainEventHandler<EnrolmentStatusChanged>, IDomainEventHandler<CohortStatusChanged>, IDomainEventHandler<CertificateIssued>
{
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
            await notifications.NotifyAsync([e.PersonId], new NotificationMessage(NotificationKind.Enrolment, template, args, "/my-programme",
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
            await notifications.NotifyAsync(people, new NotificationMessage(NotificationKind.Cohort,
                e.Status == CohortStatus.Running ? "Cohort.Started" : "Cohort.Cancelled", [cohort.Name], "/my-programme", $"cohort/{cohort.Id:N}/{e.Status}"), ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task HandleAsync(IReadOnlyList<CertificateIssued> events, CancellationToken ct)
    {
        foreach (var e in events)
            await notifications.NotifyAsync([e.PersonId], new NotificationMessage(NotificationKind.Certificate, "Cohort.CertificateIssued",
                [e.ProgrammeName, e.CohortName], "/my-programme", $"certificate/{e.CertificateId:N}"), ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<int> WaitlistPositionAsync(Enrolment enrolment, CancellationToken ct) =>
        (await enrolments.GetForCohortAsync(enrolment.CohortId, ct)).Count(x => x.Status == EnrolmentStatus.Waitlisted && x.PlacementNumber <= enrolment.PlacementNumber);

    /// <summary>ISO, so that the renderer writes the day in each reader's language.</summary>
    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
