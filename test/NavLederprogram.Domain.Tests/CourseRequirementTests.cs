using NavLederprogram.Competence;
using NavLederprogram.ELearning;
using NavLederprogram.Programmes;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

public class CourseRequirementTests
{
    private static readonly Guid Lise = Guid.NewGuid();
    private static readonly Guid Per = Guid.NewGuid();
    private static readonly Guid Privacy = Guid.NewGuid();
    private static readonly Guid Ethics = Guid.NewGuid();
    private static readonly DateOnly Deadline = new(2027, 3, 1);

    private static OpenRequirement Open(Guid person, Guid area, int level, DateOnly deadline, CompetenceStatus status = CompetenceStatus.MissingWithinDeadline) =>
        new(person, Guid.NewGuid(), area, level, status, deadline);

    private static PublishedCourseGrants Course(Guid area, int level) => new(Guid.NewGuid(), Guid.NewGuid(), [new CompetenceGrant(area, level, 24)]);

    [Fact]
    public void A_course_granting_the_missing_competence_at_the_required_level_or_higher_is_required_by_the_requirements_deadline()
    {
        var exact = Course(Privacy, 2);
        var higher = Course(Privacy, 3);
        var required = CourseRequirementRules.Match([Open(Lise, Privacy, 2, Deadline, CompetenceStatus.Overdue)], [exact, higher]);

        required.Select(r => r.Course.CourseId).ShouldBe([exact.CourseId, higher.CourseId], ignoreOrder: true);
        required.ShouldAllBe(r => r.PersonId == Lise && r.Course.DueOn == Deadline && r.Course.Reason == nameof(CompetenceStatus.Overdue));
    }

    [Fact]
    public void A_course_below_the_required_level_or_of_another_competence_is_not_required()
    {
        var tooLow = Course(Privacy, 1);
        var otherArea = Course(Ethics, 4);
        CourseRequirementRules.Match([Open(Lise, Privacy, 2, Deadline)], [tooLow, otherArea]).ShouldBeEmpty();
    }

    [Fact]
    public void A_course_behind_several_requirements_is_required_once_by_the_earliest_deadline_and_only_for_those_who_miss_them()
    {
        var both = new PublishedCourseGrants(Guid.NewGuid(), Guid.NewGuid(), [new CompetenceGrant(Privacy, 2, null), new CompetenceGrant(Ethics, 2, null)]);
        var required = CourseRequirementRules.Match(
            [Open(Lise, Privacy, 2, Deadline), Open(Lise, Ethics, 2, Deadline.AddMonths(-2), CompetenceStatus.Expired), Open(Per, Ethics, 2, Deadline)], [both]);

        required.Count.ShouldBe(2);
        var lise = required.Single(r => r.PersonId == Lise).Course;
        lise.DueOn.ShouldBe(Deadline.AddMonths(-2));
        lise.Reason.ShouldBe(nameof(CompetenceStatus.Expired));
        required.Single(r => r.PersonId == Per).Course.DueOn.ShouldBe(Deadline);
    }

    [Fact]
    public void Without_open_requirements_no_course_is_required()
    {
        CourseRequirementRules.Match([], [Course(Privacy, 2)]).ShouldBeEmpty();
    }
}

public class ModuleCourseTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_module_naming_a_course_has_its_e_learning_done_only_when_the_course_is_completed()
    {
        var version = new ProgrammeVersion(Guid.NewGuid(), Guid.NewGuid(), 1, "Lederprogrammet", "", new Actor(Guid.NewGuid(), "Kari"), Now);
        version.AddModule(ProgrammeVersionTests.Module("Modul 1", gatherings: 0, assignments: 0, reflections: 0) with { CourseReference = "EL-LEDER-01" },
            new Actor(Guid.NewGuid(), "Kari"), Now);
        version.Approve(ApprovalParty.Ks, new Actor(Guid.NewGuid(), "Kari"), Now);
        version.Approve(ApprovalParty.Directorate, new Actor(Guid.NewGuid(), "Didrik"), Now);
        var module = version.Modules[0];
        var cohort = CohortTests.NewCohort(version);
        var enrolment = new Enrolment(Guid.NewGuid(), cohort.Id, Guid.NewGuid(), EnrolmentSource.Application, null, Now);
        enrolment.Place(true, 1, null, Now);

        enrolment.ChecklistFor(module, cohort.Sessions).ELearningDone.ShouldBeFalse();
        enrolment.RecordCourseCompleted(module, Now);
        enrolment.ChecklistFor(module, cohort.Sessions).ELearningDone.ShouldBeTrue();
        enrolment.Modules.Single().ELearningDoneAt.ShouldBe(Now);
    }
}
