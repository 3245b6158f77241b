using NavLederprogram.Competence;
using NavLederprogram.ELearning;
using NavLederprogram.ELearning.Events;
using NavLederprogram.Localization;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

internal static class Courses
{
    public static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);
    public static readonly CompetenceGrant Grant = new(Guid.NewGuid(), 2, 24);

    public static CourseDetails Details(CourseCompletionRule rule = CourseCompletionRule.AllLessons, string title = "NAV-loven for ledere") =>
        new(new TranslatedText(title, title + " (nn)", null), "Kort om kurset", "", CourseCategory.LawAndRegulations, "nb", 45, [], [Grant], rule);

    public static LessonContent Text(string title) => new(LessonKind.Text, title, "<p>Innhold</p>");

    public static LessonContent Quiz(Guid? quizId = null) => new(LessonKind.Quiz, "Test deg selv", QuizId: quizId ?? Guid.NewGuid());

    public static LessonContent Scorm() => new(LessonKind.ScormPackage, "Interaktiv modul", ScormPackageId: Guid.NewGuid());

    /// <summary>A course with its first version published, made of <paramref name="lessons"/>.</summary>
    public static (Course Course, CourseVersion Version) Published(CourseCompletionRule rule, params LessonContent[] lessons)
    {
        var course = new Course(Guid.NewGuid(), "EL-TEST-01");
        var version = course.StartDraft(Guid.NewGuid(), Details(rule));
        foreach (var lesson in lessons) version.AddLesson(lesson);
        version.Publish(Now);
        course.RecordPublication(version, null);
        return (course, version);
    }
}

public class CourseVersionTests
{
    private static string CodeOf(Action action) => Should.Throw<BusinessException>(action).Code;

    [Fact]
    public void A_published_version_is_never_edited_in_place()
    {
        var (_, version) = Courses.Published(CourseCompletionRule.AllLessons, Courses.Text("Innledning"));
        var lesson = version.Lessons[0];

        CodeOf(() => version.ChangeDetails(Courses.Details(title: "Nytt navn"))).ShouldBe(NavLederprogramErrorCodes.CourseVersionNotDraft);
        CodeOf(() => version.AddLesson(Courses.Text("Ny"))).ShouldBe(NavLederprogramErrorCodes.CourseVersionNotDraft);
        CodeOf(() => version.ChangeLesson(lesson.Id, Courses.Text("Endret"))).ShouldBe(NavLederprogramErrorCodes.CourseVersionNotDraft);
        CodeOf(() => version.RemoveLesson(lesson.Id)).ShouldBe(NavLederprogramErrorCodes.CourseVersionNotDraft);
        CodeOf(() => version.MoveLesson(lesson.Id, 1)).ShouldBe(NavLederprogramErrorCodes.CourseVersionNotDraft);
        CodeOf(() => version.Publish(Courses.Now)).ShouldBe(NavLederprogramErrorCodes.CourseVersionNotDraft);
        version.Title.Nb.ShouldBe("NAV-loven for ledere");
        version.Lessons.Single().Title.Nb.ShouldBe("Innledning");
    }

    [Fact]
    public void A_new_draft_copies_the_published_version_keeping_lesson_ids_and_publishing_it_supersedes_the_old_one()
    {
        var (course, first) = Courses.Published(CourseCompletionRule.AllLessons, Courses.Text("En"), Courses.Text("To"));

        var draft = course.StartDraft(Guid.NewGuid(), first);
        draft.Number.ShouldBe(2);
        draft.Status.ShouldBe(CourseVersionStatus.Draft);
        draft.Lessons.Select(l => l.Id).ShouldBe(first.Lessons.Select(l => l.Id));
        CodeOf(() => course.StartDraft(Guid.NewGuid(), first)).ShouldBe(NavLederprogramErrorCodes.CourseDraftExists);

        draft.ChangeLesson(draft.Lessons[0].Id, Courses.Text("En, omskrevet"));
        draft.AddLesson(Courses.Text("Tre"));
        first.Lessons[0].Title.Nb.ShouldBe("En");
        first.Lessons.Count.ShouldBe(2);

        draft.Publish(Courses.Now.AddDays(1));
        course.RecordPublication(draft, first);
        course.PublishedVersionId.ShouldBe(draft.Id);
        course.DraftVersionId.ShouldBeNull();
        first.Status.ShouldBe(CourseVersionStatus.Superseded);
        course.LatestVersionNumber.ShouldBe(2);
    }

    [Fact]
    public void A_discarded_draft_gives_its_number_to_the_next()
    {
        var (course, first) = Courses.Published(CourseCompletionRule.AllLessons, Courses.Text("En"));
        var draft = course.StartDraft(Guid.NewGuid(), first);
        course.DiscardDraft(draft);
        course.DraftVersionId.ShouldBeNull();
        course.StartDraft(Guid.NewGuid(), first).Number.ShouldBe(2);
        CodeOf(() => course.DiscardDraft(first)).ShouldBe(NavLederprogramErrorCodes.CourseVersionNotDraft);
    }

    [Fact]
    public void Lessons_keep_a_gapless_order_when_moved_and_removed()
    {
        var course = new Course(Guid.NewGuid(), "el-order-1");
        course.Code.ShouldBe("EL-ORDER-1");
        var draft = course.StartDraft(Guid.NewGuid(), Courses.Details());
        var a = draft.AddLesson(Courses.Text("A"));
        var b = draft.AddLesson(Courses.Text("B"));
        var c = draft.AddLesson(Courses.Text("C"));

        draft.MoveLesson(c.Id, 1);
        draft.Lessons.Select(l => l.Title.Nb).ShouldBe(["C", "A", "B"]);
        draft.Lessons.Select(l => l.Order).ShouldBe([1, 2, 3]);
        draft.MoveLesson(c.Id, 99);
        draft.Lessons.Select(l => l.Title.Nb).ShouldBe(["A", "B", "C"]);
        draft.RemoveLesson(a.Id);
        draft.Lessons.Select(l => (l.Title.Nb, l.Order)).ShouldBe([("B", 1), ("C", 2)]);
        CodeOf(() => draft.MoveLesson(a.Id, 1)).ShouldBe(NavLederprogramErrorCodes.LessonNotFound);
        b.Order.ShouldBe(1);
    }

    [Fact]
    public void Publishing_needs_lessons_with_content_and_a_rule_the_lessons_can_meet()
    {
        var course = new Course(Guid.NewGuid(), "EL-PUB-01");
        var draft = course.StartDraft(Guid.NewGuid(), Courses.Details(CourseCompletionRule.QuizPassed | CourseCompletionRule.AllLessons));
        CodeOf(() => draft.Publish(Courses.Now)).ShouldBe(NavLederprogramErrorCodes.CourseNeedsLessons);

        var video = draft.AddLesson(new LessonContent(LessonKind.Video, "Film"));
        CodeOf(() => draft.Publish(Courses.Now)).ShouldBe(NavLederprogramErrorCodes.LessonIncomplete);
        draft.ChangeLesson(video.Id, new LessonContent(LessonKind.Video, "Film", MediaFileId: Guid.NewGuid(), CaptionsFileId: Guid.NewGuid(), Transcript: "Tekst"));
        CodeOf(() => draft.Publish(Courses.Now)).ShouldBe(NavLederprogramErrorCodes.CourseRuleNeedsQuiz);

        draft.AddLesson(Courses.Quiz());
        CodeOf(() => draft.AddLesson(Courses.Quiz())).ShouldBe(NavLederprogramErrorCodes.CourseOneQuiz);
        draft.ChangeDetails(Courses.Details(CourseCompletionRule.ScormCompleted));
        CodeOf(() => draft.Publish(Courses.Now)).ShouldBe(NavLederprogramErrorCodes.CourseRuleNeedsScorm);
        draft.ChangeDetails(Courses.Details(CourseCompletionRule.None));
        CodeOf(() => draft.Publish(Courses.Now)).ShouldBe(NavLederprogramErrorCodes.CourseNeedsCompletionRule);

        draft.ChangeDetails(Courses.Details(CourseCompletionRule.QuizPassed));
        draft.Publish(Courses.Now);
        draft.Status.ShouldBe(CourseVersionStatus.Published);
        draft.PublishedAt.ShouldBe(Courses.Now);
    }

    [Fact]
    public void A_lesson_keeps_only_what_its_kind_shows()
    {
        var draft = new Course(Guid.NewGuid(), "EL-KIND-01").StartDraft(Guid.NewGuid(), Courses.Details());
        var lesson = draft.AddLesson(new LessonContent(LessonKind.Video, "Film", "<p>Intro</p>", Guid.NewGuid(), Guid.NewGuid(), "Transkripsjon",
            QuizId: Guid.NewGuid()));
        lesson.QuizId.ShouldBeNull();
        lesson.Transcript.ShouldBe("Transkripsjon");

        draft.ChangeLesson(lesson.Id, lesson.Content with { Kind = LessonKind.Text });
        lesson.MediaFileId.ShouldBeNull();
        lesson.CaptionsFileId.ShouldBeNull();
        lesson.Transcript.ShouldBeNull();
        lesson.Body.ShouldBe("<p>Intro</p>");
    }

    [Theory]
    [InlineData("")]
    [InlineData("EL NAVLOV")]
    [InlineData("-EL")]
    [InlineData("EL/../01")]
    [InlineData("EL-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456")]
    public void A_course_code_is_capitals_digits_and_hyphens(string code) =>
        CodeOf(() => new Course(Guid.NewGuid(), code)).ShouldBe(NavLederprogramErrorCodes.CourseCodeInvalid);

    [Fact]
    public void Details_need_a_bokmal_title_a_known_language_and_sound_grants()
    {
        var course = new Course(Guid.NewGuid(), "EL-DET-01");
        CodeOf(() => course.StartDraft(Guid.NewGuid(), Courses.Details(title: " "))).ShouldBe(NavLederprogramErrorCodes.CourseTitleRequired);
        CodeOf(() => course.StartDraft(Guid.NewGuid(), Courses.Details() with { ContentLanguage = "de" })).ShouldBe(NavLederprogramErrorCodes.CourseLanguageUnknown);
        CodeOf(() => course.StartDraft(Guid.NewGuid(), Courses.Details() with { Grants = [Courses.Grant, Courses.Grant] }))
            .ShouldBe(NavLederprogramErrorCodes.CourseGrantInvalid);
        CodeOf(() => course.StartDraft(Guid.NewGuid(), Courses.Details() with { Grants = [new CompetenceGrant(Guid.NewGuid(), 0, null)] }))
            .ShouldBe(NavLederprogramErrorCodes.CourseGrantInvalid);
        course.DraftVersionId.ShouldBeNull();
    }
}

public class CourseEnrolmentTests
{
    private static readonly Guid Person = Guid.NewGuid();

    private static CourseEnrolment Enrol(CourseVersion version) => new(Guid.NewGuid(), Person, version, CourseEnrolmentSource.Self, null);

    private static IReadOnlyList<CourseCompleted> Completions(CourseEnrolment enrolment) => enrolment.GetDomainEvents().OfType<CourseCompleted>().ToList();

    [Fact]
    public void All_lessons_completed_completes_the_course_once_with_the_versions_grants()
    {
        var (course, version) = Courses.Published(CourseCompletionRule.AllLessons, Courses.Text("En"), Courses.Text("To"));
        var enrolment = Enrol(version);

        enrolment.OpenLesson(version, version.Lessons[1].Id, Courses.Now);
        enrolment.LastLessonId.ShouldBe(version.Lessons[1].Id);
        enrolment.StartedAt.ShouldBe(Courses.Now);
        enrolment.CompleteLesson(version, version.Lessons[0].Id, Courses.Now.AddMinutes(5));
        enrolment.IsCompleted.ShouldBeFalse();
        Completions(enrolment).ShouldBeEmpty();

        enrolment.CompleteLesson(version, version.Lessons[1].Id, Courses.Now.AddMinutes(9));
        enrolment.CompletedAt.ShouldBe(Courses.Now.AddMinutes(9));
        var completed = Completions(enrolment).ShouldHaveSingleItem();
        completed.PersonId.ShouldBe(Person);
        completed.CourseId.ShouldBe(course.Id);
        completed.CourseName.ShouldBe("NAV-loven for ledere");
        completed.CompletedOn.ShouldBe(new DateOnly(2026, 11, 24));
        completed.Grants.ShouldBe([Courses.Grant]);

        enrolment.CompleteLesson(version, version.Lessons[1].Id, Courses.Now.AddHours(1));
        enrolment.OpenLesson(version, version.Lessons[0].Id, Courses.Now.AddHours(1));
        Completions(enrolment).Count.ShouldBe(1);
        enrolment.CompletedAt.ShouldBe(Courses.Now.AddMinutes(9));
    }

    [Fact]
    public void A_quiz_rule_is_met_by_a_pass_and_the_best_score_is_kept()
    {
        var (_, version) = Courses.Published(CourseCompletionRule.QuizPassed | CourseCompletionRule.AllLessons, Courses.Text("Les"), Courses.Quiz());
        var enrolment = Enrol(version);
        Should.Throw<BusinessException>(() => enrolment.CompleteLesson(version, version.QuizLesson!.Id, Courses.Now))
            .Code.ShouldBe(NavLederprogramErrorCodes.LessonCompletesItself);

        enrolment.RecordQuizResult(version, 60m, false, Courses.Now);
        enrolment.RecordQuizResult(version, 90m, true, Courses.Now.AddMinutes(1));
        enrolment.RecordQuizResult(version, 70m, true, Courses.Now.AddMinutes(2));
        enrolment.QuizBestScorePercent.ShouldBe(90m);
        enrolment.QuizPassedAt.ShouldBe(Courses.Now.AddMinutes(1));
        enrolment.IsCompleted.ShouldBeFalse(); // the text lesson is not completed yet

        enrolment.CompleteLesson(version, version.Lessons[0].Id, Courses.Now.AddMinutes(3));
        enrolment.IsCompleted.ShouldBeTrue();
        Completions(enrolment).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(CourseCompletionRule.ScormCompleted, true, null, true)]
    [InlineData(CourseCompletionRule.ScormCompleted, false, true, false)]
    [InlineData(CourseCompletionRule.ScormPassed, true, null, false)]
    [InlineData(CourseCompletionRule.ScormPassed, false, true, true)]
    [InlineData(CourseCompletionRule.ScormPassed, true, false, false)]
    [InlineData(CourseCompletionRule.ScormCompleted | CourseCompletionRule.ScormPassed, true, true, true)]
    [InlineData(CourseCompletionRule.ScormCompleted | CourseCompletionRule.ScormPassed, false, true, false)]
    public void A_scorm_rule_is_met_by_what_the_package_reports(CourseCompletionRule rule, bool completed, bool? passed, bool complete)
    {
        var (_, version) = Courses.Published(rule, Courses.Scorm());
        var enrolment = Enrol(version);
        enrolment.RecordScormResult(version, completed, passed, 80m, Courses.Now);
        enrolment.IsCompleted.ShouldBe(complete);
        Completions(enrolment).Count.ShouldBe(complete ? 1 : 0);
        enrolment.ScormScorePercent.ShouldBe(80m);
    }

    [Fact]
    public void A_package_that_completed_stays_completed_when_a_later_session_reports_less()
    {
        var (_, version) = Courses.Published(CourseCompletionRule.ScormPassed | CourseCompletionRule.AllLessons, Courses.Scorm());
        var enrolment = Enrol(version);
        enrolment.RecordScormResult(version, true, true, 85m, Courses.Now);
        enrolment.RecordScormResult(version, false, false, 40m, Courses.Now.AddDays(1));
        enrolment.ScormCompleted.ShouldBeTrue();
        enrolment.ScormPassed.ShouldBe(true);
        enrolment.IsCompleted.ShouldBeTrue();
        Completions(enrolment).Count.ShouldBe(1);
    }

    [Fact]
    public void A_learner_finishes_the_version_they_started_after_a_new_one_is_published()
    {
        var (course, first) = Courses.Published(CourseCompletionRule.AllLessons, Courses.Text("En"), Courses.Text("To"));
        var enrolment = Enrol(first);
        enrolment.CompleteLesson(first, first.Lessons[0].Id, Courses.Now);

        var second = course.StartDraft(Guid.NewGuid(), first);
        second.AddLesson(Courses.Text("Tre"));
        second.Publish(Courses.Now.AddDays(1));
        course.RecordPublication(second, first);

        Should.Throw<BusinessException>(() => enrolment.CompleteLesson(second, second.Lessons[1].Id, Courses.Now.AddDays(2)))
            .Code.ShouldBe(NavLederprogramErrorCodes.EnrolmentOnOtherVersion);
        enrolment.CompleteLesson(first, first.Lessons[1].Id, Courses.Now.AddDays(2));
        enrolment.CourseVersionId.ShouldBe(first.Id);
        enrolment.IsCompleted.ShouldBeTrue();
        Completions(enrolment).ShouldHaveSingleItem();
    }

    [Fact]
    public void Only_a_published_version_can_be_started()
    {
        var draft = new Course(Guid.NewGuid(), "EL-DRAFT-01").StartDraft(Guid.NewGuid(), Courses.Details());
        draft.AddLesson(Courses.Text("En"));
        Should.Throw<BusinessException>(() => Enrol(draft)).Code.ShouldBe(NavLederprogramErrorCodes.CourseVersionNotPublished);
    }

    [Fact]
    public void An_assignment_brings_the_deadline_forward_and_never_back()
    {
        var (_, version) = Courses.Published(CourseCompletionRule.AllLessons, Courses.Text("En"));
        var enrolment = Enrol(version);
        enrolment.Assign(CourseEnrolmentSource.Assigned, new DateOnly(2027, 3, 1));
        enrolment.Assign(CourseEnrolmentSource.Required, new DateOnly(2027, 6, 1));
        enrolment.DueOn.ShouldBe(new DateOnly(2027, 3, 1));
        enrolment.Source.ShouldBe(CourseEnrolmentSource.Assigned);
    }
}
