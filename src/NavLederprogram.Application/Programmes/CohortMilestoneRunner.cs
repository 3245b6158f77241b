using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Localization;
using NavLederprogram.Notifications;

namespace NavLederprogram.Programmes;

/// <summary>
/// Does what a milestone stands for. Running one twice changes nothing: state changes check the state first, and
/// notifications carry a key per milestone so that nobody gets the same one twice.
/// </summary>
public sealed class CohortMilestoneRunner(
    ICohortRepository cohorts,
    IProgrammeRepository programmes,
    IEnrolmentRepository enrolments,
    IMilestoneRunRepository runs,
    INotificationSender notifications,
    TimeProvider clock,
    IUnitOfWork unitOfWork)
{
    public async Task<MilestoneOutcome> RunAsync(Guid cohortId, string key, bool byHand, CancellationToken ct)
    {
        var cohort = await cohorts.FindAsync(cohortId, ct) ?? throw new EntityNotFoundException(typeof(Cohort), cohortId);
        var milestone = CohortMilestones.For(cohort).FirstOrDefault(m => m.Key == key);
        var outcome = milestone is null ? Nothing(cohort) : await RunAsync(cohort, milestone, ct);
        await runs.InsertAsync(new MilestoneRun(Guid.CreateVersion7(), cohort.Id, key, clock.GetUtcNow().UtcDateTime, outcome, byHand), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return outcome;
    }

    private async Task<MilestoneOutcome> RunAsync(Cohort cohort, Milestone milestone, CancellationToken ct)
    {
        var all = await enrolments.GetForCohortAsync(cohort.Id, ct);
        var participants = all.Where(e => e.Status == EnrolmentStatus.Enrolled).ToList();
        switch (milestone.Kind)
        {
            case MilestoneKind.EnrolmentOpens when cohort.Status == CohortStatus.Planned:
                cohort.OpenEnrolment();
                return Done("Milestone:Result.EnrolmentOpened");
            case MilestoneKind.EnrolmentCloses when cohort.Status == CohortStatus.EnrolmentOpen:
                cohort.CloseEnrolment();
                return Done("Milestone:Result.EnrolmentClosed");
            case MilestoneKind.CohortStarts when cohort.Status is CohortStatus.EnrolmentOpen or CohortStatus.EnrolmentClosed:
                if (participants.Count == 0) return new MilestoneOutcome(false, "Milestone:Result.NoParticipants");
                cohort.Start(participants.Count);
                return Done("Milestone:Result.Started", participants.Count.ToString(CultureInfo.InvariantCulture));
            case MilestoneKind.CohortCompletes when cohort.Status == CohortStatus.Running:
                var open = all.Sum(e => e.OpenAssessments);
                if (open > 0) return new MilestoneOutcome(false, "Milestone:Result.OpenAssessments", open.ToString(CultureInfo.InvariantCulture));
                cohort.Complete(0, false, null);
                return Done("Milestone:Result.Completed");
            case MilestoneKind.ModuleUnlocks when cohort.Status == CohortStatus.Running:
                {
                    var module = (await VersionAsync(cohort, ct)).Modules.FirstOrDefault(m => m.Id == milestone.SubjectId);
                    if (module is null) return Nothing(cohort);
                    return await NotifyAsync(participants, cohort, milestone, "Cohort.ModuleUnlocked", [cohort.Name, module.Title.Nb], ct);
                }
            case MilestoneKind.GatheringReminder when !cohort.IsClosed:
                {
                    var session = cohort.Sessions.FirstOrDefault(s => s.Id == milestone.SubjectId);
                    if (session is null) return Nothing(cohort);
                    // ISO arguments: the renderer writes them in each reader's language.
                    var startsAt = DateTime.SpecifyKind(session.StartsAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                    return await NotifyAsync(participants, cohort, milestone, "Cohort.GatheringReminder",
                        [cohort.Name, session.Title, startsAt, session.Place ?? session.VideoLink ?? ""], ct);
                }
            case MilestoneKind.DeadlineReminder when cohort.Status == CohortStatus.Running:
                {
                    var deadline = cohort.Deadlines.FirstOrDefault(d => d.AssignmentId == milestone.SubjectId);
                    var assignment = (await VersionAsync(cohort, ct)).Modules.SelectMany(m => m.Assignments).FirstOrDefault(a => a.Id == milestone.SubjectId);
                    if (deadline is null || assignment is null) return Nothing(cohort);
                    // Only those who still have something to hand in.
                    var due = participants.Where(e => e.Submissions.All(s => s.AssignmentId != assignment.Id || s.Status == AssignmentStatus.Returned)).ToList();
                    return await NotifyAsync(due, cohort, milestone, "Cohort.DeadlineReminder",
                        [cohort.Name, assignment.Title.Nb, deadline.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], ct);
                }
            default:
                return Nothing(cohort);
        }
    }

    private async Task<MilestoneOutcome> NotifyAsync(IReadOnlyList<Enrolment> recipients, Cohort cohort, Milestone milestone, string template, string[] args, CancellationToken ct)
    {
        if (recipients.Count > 0)
            await notifications.NotifyPeopleAsync(recipients.Select(e => e.PersonId).ToList(),
                new NotificationMessage(milestone.Kind is MilestoneKind.ModuleUnlocks ? NotificationKind.Cohort : NotificationKind.Reminder, template, args,
                    "/my-programme", $"milestone/{cohort.Id:N}/{milestone.Key}"), ct);
        return Done("Milestone:Result.Notified", recipients.Count.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<ProgrammeVersion> VersionAsync(Cohort cohort, CancellationToken ct) =>
        await programmes.FindVersionAsync(cohort.ProgrammeVersionId, ct) ?? throw new EntityNotFoundException(typeof(ProgrammeVersion), cohort.ProgrammeVersionId);

    private static MilestoneOutcome Done(string key, params string[] args) => new(true, key, args);

    private static MilestoneOutcome Nothing(Cohort cohort) => new(true, "Milestone:Result.NothingToDo", LocalizationTexts.EnumKey(cohort.Status));
}
