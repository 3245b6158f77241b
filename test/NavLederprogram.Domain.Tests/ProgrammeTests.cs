using NavLederprogram.Programmes;
using NavLederprogram.Programmes.Events;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

public class ProgrammeVersionTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Kari = new(Guid.NewGuid(), "Kari KS-Nordmann");
    private static readonly Actor Didrik = new(Guid.NewGuid(), "Didrik Direktoratsen");

    internal static ModuleContent Module(string title, int gatherings = 1, int assignments = 1, int reflections = 1) => new(title, "", ["Et læringsmål"], null,
        Enumerable.Range(1, gatherings).Select(i => new GatheringContent(null, $"Samling {i}", GatheringFormat.InPerson, 360)).ToList(),
        Enumerable.Range(1, assignments).Select(i => new AssignmentContent(null, $"Oppgave {i}", "", 14)).ToList(),
        Enumerable.Range(1, reflections).Select(i => new ReflectionContent(null, $"Refleksjon {i}")).ToList(),
        [new GrantContent(Guid.NewGuid(), 3, 36)]);

    internal static ProgrammeVersion Published(int modules = 2)
    {
        var version = new ProgrammeVersion(Guid.NewGuid(), Guid.NewGuid(), 1, "Lederprogrammet", "", Kari, Now);
        for (var i = 1; i <= modules; i++) version.AddModule(Module($"Modul {i}"), Kari, Now);
        version.Approve(ApprovalParty.Ks, Kari, Now);
        version.Approve(ApprovalParty.Directorate, Didrik, Now);
        return version;
    }

    [Fact]
    public void A_draft_is_published_only_when_both_parties_have_approved_it()
    {
        var version = new ProgrammeVersion(Guid.NewGuid(), Guid.NewGuid(), 2, "Utkast", "", Kari, Now);
        Should.Throw<BusinessException>(() => version.Approve(ApprovalParty.Ks, Kari, Now)).Code.ShouldBe(NavLederprogramErrorCodes.VersionNeedsModules);
        version.AddModule(Module("Modul 1"), Kari, Now);

        version.Approve(ApprovalParty.Ks, Kari, Now);
        version.Status.ShouldBe(ProgrammeVersionStatus.Draft);
        Should.Throw<BusinessException>(() => version.Approve(ApprovalParty.Ks, Kari, Now)).Code.ShouldBe(NavLederprogramErrorCodes.VersionAlreadyApproved);
        // One person holding both roles still cannot give both approvals.
        Should.Throw<BusinessException>(() => version.Approve(ApprovalParty.Directorate, Kari, Now)).Code.ShouldBe(NavLederprogramErrorCodes.VersionSameApprover);

        version.Approve(ApprovalParty.Directorate, Didrik, Now.AddHours(1));
        version.Status.ShouldBe(ProgrammeVersionStatus.Published);
        version.PublishedAt.ShouldBe(Now.AddHours(1));
        version.GetDomainEvents().OfType<ProgrammeVersionPublished>().ShouldHaveSingleItem();
        version.History.Select(h => h.Action).ShouldBe([VersionHistoryAction.Created, VersionHistoryAction.Edited, VersionHistoryAction.Approved,
            VersionHistoryAction.Approved, VersionHistoryAction.Published]);
    }

    [Fact]
    public void Any_edit_after_an_approval_resets_both_approvals_and_the_history_says_so()
    {
        var version = new ProgrammeVersion(Guid.NewGuid(), Guid.NewGuid(), 2, "Utkast", "", Kari, Now);
        var module = version.AddModule(Module("Modul 1"), Kari, Now);
        version.Approve(ApprovalParty.Ks, Kari, Now);

        version.ChangeModule(module.Id, Module("Modul 1, revidert"), Didrik, Now.AddMinutes(5));

        version.Approvals.ShouldBeEmpty();
        version.IsApprovedBy(ApprovalParty.Ks).ShouldBeFalse();
        var reset = version.History.Single(h => h.Action == VersionHistoryAction.ApprovalsReset);
        reset.By.Name.ShouldBe("Didrik Direktoratsen");
        version.History[^1].Action.ShouldBe(VersionHistoryAction.Edited);
    }

    [Fact]
    public void A_published_version_never_changes_and_a_new_draft_keeps_the_module_ids()
    {
        var published = Published();
        var moduleId = published.Modules[0].Id;
        Should.Throw<BusinessException>(() => published.ChangeModule(moduleId, Module("Endret"), Kari, Now)).Code.ShouldBe(NavLederprogramErrorCodes.VersionNotDraft);
        Should.Throw<BusinessException>(() => published.AddModule(Module("Ny"), Kari, Now)).IsConflict.ShouldBeTrue();
        Should.Throw<BusinessException>(() => published.MoveModule(moduleId, 2, Kari, Now));

        var draft = published.CopyAsDraft(Guid.NewGuid(), 2, Kari, Now);
        draft.Status.ShouldBe(ProgrammeVersionStatus.Draft);
        draft.Modules.Select(m => m.Id).ShouldBe(published.Modules.Select(m => m.Id));
        draft.MoveModule(moduleId, 2, Kari, Now);
        draft.Modules.Select(m => m.Order).ShouldBe([1, 2]);
        draft.Modules[1].Id.ShouldBe(moduleId);
        published.Modules[0].Id.ShouldBe(moduleId);
    }
}

public class CohortTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly CohortDates Dates = new(Today, Today.AddDays(20), Today.AddDays(30), Today.AddDays(150));

    internal static Cohort NewCohort(ProgrammeVersion? version = null, int capacity = 2) =>
        new(Guid.NewGuid(), version ?? ProgrammeVersionTests.Published(), "Kull 2027", null, capacity, false, Dates, []);

    [Fact]
    public void A_cohort_moves_from_planned_through_enrolment_to_running_and_completed_and_no_step_may_be_skipped()
    {
        var cohort = NewCohort();
        cohort.Status.ShouldBe(CohortStatus.Planned);
        Should.Throw<BusinessException>(() => cohort.Start(5)).Code.ShouldBe(NavLederprogramErrorCodes.CohortTransitionNotAllowed);
        Should.Throw<BusinessException>(() => cohort.CloseEnrolment());
        Should.Throw<BusinessException>(() => cohort.Complete(0, false, null));

        cohort.OpenEnrolment();
        cohort.AcceptsEnrolment(Today).ShouldBeTrue();
        cohort.AcceptsEnrolment(Today.AddDays(21)).ShouldBeFalse();
        cohort.CloseEnrolment();
        cohort.AcceptsEnrolment(Today).ShouldBeFalse();
        Should.Throw<BusinessException>(() => cohort.Start(0)).Code.ShouldBe(NavLederprogramErrorCodes.CohortNoParticipants);
        cohort.Start(3);
        cohort.Status.ShouldBe(CohortStatus.Running);

        Should.Throw<BusinessException>(() => cohort.Complete(2, false, null)).Code.ShouldBe(NavLederprogramErrorCodes.CohortOpenAssessments);
        Should.Throw<BusinessException>(() => cohort.Complete(2, true, " ")).Field.ShouldBe("reason");
        cohort.Complete(2, true, "Fasilitator sluttet");
        cohort.Status.ShouldBe(CohortStatus.Completed);
        cohort.StatusReason.ShouldBe("Fasilitator sluttet");
        Should.Throw<BusinessException>(() => cohort.Cancel("For sent")).Code.ShouldBe(NavLederprogramErrorCodes.CohortTransitionNotAllowed);
        Should.Throw<BusinessException>(() => cohort.ScheduleSession(cohort.Sessions[0].Id, DateTime.UtcNow, 60, null, null)).Code.ShouldBe(NavLederprogramErrorCodes.CohortScheduleLocked);
    }

    [Fact]
    public void Dates_out_of_order_and_capacity_below_one_are_refused_at_their_field()
    {
        var version = ProgrammeVersionTests.Published();
        Cohort Make(CohortDates dates, int capacity = 10) => new(Guid.NewGuid(), version, "Kull", null, capacity, false, dates, []);
        Should.Throw<BusinessException>(() => Make(Dates with { EnrolmentClosesOn = Today.AddDays(-1) })).Field.ShouldBe("enrolmentClosesOn");
        Should.Throw<BusinessException>(() => Make(Dates with { StartsOn = Today.AddDays(-1) })).Field.ShouldBe("startsOn");
        Should.Throw<BusinessException>(() => Make(Dates with { EndsOn = Today.AddDays(29) })).Field.ShouldBe("endsOn");
        Should.Throw<BusinessException>(() => Make(Dates, 0)).Field.ShouldBe("capacity");
        Should.Throw<BusinessException>(() => Make(Dates, -4)).Field.ShouldBe("capacity");
        var draft = new ProgrammeVersion(Guid.NewGuid(), Guid.NewGuid(), 2, "Utkast", "", new Actor(Guid.NewGuid(), "K"), DateTime.UtcNow);
        Should.Throw<BusinessException>(() => new Cohort(Guid.NewGuid(), draft, "Kull", null, 10, false, Dates, [])).Code.ShouldBe(NavLederprogramErrorCodes.VersionNotPublished);
    }

    [Fact]
    public void Postponing_the_start_moves_the_whole_schedule_and_the_milestones_follow()
    {
        var cohort = NewCohort();
        var unlocks = cohort.ModuleUnlocks.Select(u => u.UnlocksOn).ToList();
        var sessions = cohort.Sessions.Select(s => s.StartsAt).ToList();
        var before = CohortMilestones.For(cohort).ToDictionary(m => m.Key, m => m.FireAtUtc);

        cohort.ChangeDetails("Kull 2027", null, 2, false, Dates with { StartsOn = Dates.StartsOn.AddDays(7), EndsOn = Dates.EndsOn.AddDays(7) }, [], 0);

        cohort.ModuleUnlocks.Select(u => u.UnlocksOn).ShouldBe(unlocks.Select(d => d.AddDays(7)));
        cohort.Sessions.Select(s => s.StartsAt).ShouldBe(sessions.Select(d => d.AddDays(7)));
        var after = CohortMilestones.For(cohort).ToDictionary(m => m.Key, m => m.FireAtUtc);
        after.Keys.ShouldBe(before.Keys, ignoreOrder: true);
        after["starts"].ShouldBe(before["starts"].AddDays(7));
        after["enrolment-opens"].ShouldBe(before["enrolment-opens"]);
        // Reminders go out 7 and 1 days before each gathering, at 08:00 in Oslo.
        var session = cohort.Sessions[0];
        OsloTime.ToOslo(after[$"gathering-reminder/{session.Id:N}/7"]).ShouldBe(OsloTime.ToOslo(session.StartsAt).Date.AddDays(-7).AddHours(8));
        cohort.GetDomainEvents().OfType<CohortScheduleChanged>().Count().ShouldBe(2);
    }
}

public class EnrolmentTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Frida = new(Guid.NewGuid(), "Frida Fasilitatorsen");

    private static Enrolment Enrolled(Cohort cohort)
    {
        var enrolment = new Enrolment(Guid.NewGuid(), cohort.Id, Guid.NewGuid(), EnrolmentSource.Application, null, Now);
        enrolment.Place(true, 1, null, Now);
        return enrolment;
    }

    [Fact]
    public void Beyond_capacity_people_wait_and_a_withdrawal_frees_a_seat_only_when_it_held_one()
    {
        var cohort = CohortTests.NewCohort(capacity: 1);
        var first = new Enrolment(Guid.NewGuid(), cohort.Id, Guid.NewGuid(), EnrolmentSource.Application, null, Now);
        var second = new Enrolment(Guid.NewGuid(), cohort.Id, Guid.NewGuid(), EnrolmentSource.Nomination, new Actor(Guid.NewGuid(), "Rita"), Now);
        first.Place(seatFree: true, 1, null, Now);
        second.Place(seatFree: false, 2, null, Now);
        first.Status.ShouldBe(EnrolmentStatus.Enrolled);
        second.Status.ShouldBe(EnrolmentStatus.Waitlisted);
        Should.Throw<BusinessException>(() => second.Place(true, 3, null, Now)).Code.ShouldBe(NavLederprogramErrorCodes.EnrolmentNotPending);

        second.Withdraw(null, Frida, Now).ShouldBeFalse();
        first.Withdraw("Ny jobb", Frida, Now).ShouldBeTrue();
        Should.Throw<BusinessException>(() => first.Withdraw(null, Frida, Now)).Code.ShouldBe(NavLederprogramErrorCodes.EnrolmentNotActive);
        first.GetDomainEvents().OfType<EnrolmentStatusChanged>().Select(e => e.Status).ShouldBe([EnrolmentStatus.Enrolled, EnrolmentStatus.Withdrawn]);
    }

    [Fact]
    public void A_module_completes_when_everything_in_it_is_done_and_grants_its_evidence_once_and_the_last_completes_the_programme()
    {
        var version = ProgrammeVersionTests.Published(modules: 1);
        var cohort = CohortTests.NewCohort(version);
        var module = version.Modules[0];
        var enrolment = Enrolled(cohort);
        var today = new DateOnly(2027, 1, 10);

        enrolment.Submit(module.Assignments[0].Id, "Svar", Now);
        enrolment.RecordReflectionWritten(module.Id, module.ReflectionTasks[0].Id);
        enrolment.RegisterAttendance(cohort.Sessions[0].Id, true, Frida, Now);
        enrolment.ChecklistFor(module, cohort.Sessions).IsComplete.ShouldBeFalse();
        enrolment.EvaluateCompletion(version, cohort, today).ShouldBeFalse();
        enrolment.OpenAssessments.ShouldBe(1);

        Should.Throw<BusinessException>(() => enrolment.Review(module.Assignments[0].Id, false, "", Frida, Now)).Field.ShouldBe("feedback");
        enrolment.Review(module.Assignments[0].Id, true, "Bra", Frida, Now);
        enrolment.EvaluateCompletion(version, cohort, today).ShouldBeTrue();
        enrolment.EvaluateCompletion(version, cohort, today).ShouldBeFalse();

        enrolment.Status.ShouldBe(EnrolmentStatus.Completed);
        enrolment.CompletedOn.ShouldBe(today);
        var granted = enrolment.GetDomainEvents().OfType<ProgrammeModuleCompleted>().ShouldHaveSingleItem();
        granted.Grants.ShouldHaveSingleItem().Level.ShouldBe(3);
        Should.Throw<BusinessException>(() => enrolment.Submit(module.Assignments[0].Id, "Igjen", Now)).Code.ShouldBe(NavLederprogramErrorCodes.NotAParticipant);

        var certificate = new Certificate(Guid.NewGuid(), enrolment, "Lise Ledersen", version, cohort, Certificate.NewVerificationCode());
        certificate.VerificationCode.ShouldMatch("^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$");
        certificate.ModuleTitles.ShouldBe(["Modul 1"]);
    }

    [Fact]
    public void An_approved_assignment_is_not_submitted_again_and_a_returned_one_is()
    {
        var version = ProgrammeVersionTests.Published(modules: 1);
        var cohort = CohortTests.NewCohort(version);
        var assignment = version.Modules[0].Assignments[0].Id;
        var enrolment = Enrolled(cohort);
        Should.Throw<BusinessException>(() => enrolment.Review(assignment, true, null, Frida, Now)).Code.ShouldBe(NavLederprogramErrorCodes.AssignmentNotSubmitted);
        enrolment.Submit(assignment, "Første utkast", Now);
        enrolment.Review(assignment, false, "Utdyp refleksjonen", Frida, Now);
        enrolment.Submit(assignment, "Andre utkast", Now);
        enrolment.Submissions.ShouldHaveSingleItem().Status.ShouldBe(AssignmentStatus.Submitted);
        enrolment.Review(assignment, true, null, Frida, Now);
        Should.Throw<BusinessException>(() => enrolment.Submit(assignment, "Tredje", Now)).Code.ShouldBe(NavLederprogramErrorCodes.AssignmentAlreadyApproved);
    }
}
