using NavLederprogram.ELearning;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

/// <summary>The run-time data of a learner's SCO across sessions, as the SCORM run-time specifications define it.</summary>
public class ScormAttemptTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 9, 0, 0, DateTimeKind.Utc);

    private static (ScormPackage Package, ScormAttempt Attempt) Start(string name)
    {
        using var archive = ScormArchive.Open(new MemoryStream(ScormTestPackages.Build(name)), ScormLimits.Default);
        var package = new ScormPackage(Guid.NewGuid(), Guid.NewGuid(), name + ".zip", archive.Manifest, archive.FileCount, archive.DeclaredBytes);
        var attempt = new ScormAttempt(Guid.NewGuid(), Guid.NewGuid(), package, package.GetSco(null));
        attempt.StartSession();
        return (package, attempt);
    }

    private static Dictionary<string, string?> Cmi(params (string Name, string Value)[] values) => values.ToDictionary(v => v.Name, v => (string?)v.Value);

    [Fact]
    public void After_exit_suspend_the_next_session_is_entered_with_resume_and_the_suspend_data_is_kept()
    {
        var (_, attempt) = Start(ScormTestPackages.Scorm12);
        attempt.Entry.ShouldBe("ab-initio");
        var suspendData = new string('s', 5000) + "|end";
        attempt.Commit(1, Cmi(("cmi.suspend_data", suspendData), ("cmi.core.lesson_location", "page-3"), ("cmi.core.exit", "suspend"),
            ("cmi.core.session_time", "00:02:00")), Now);

        attempt.StartSession();

        attempt.Entry.ShouldBe("resume");
        (attempt.SuspendData, attempt.Location).ShouldBe((suspendData, "page-3"));
        attempt.Commit(2, Cmi(("cmi.core.exit", "")), Now);
        attempt.StartSession();
        attempt.Entry.ShouldBe("");
    }

    [Fact]
    public void Total_time_is_the_sum_of_the_sessions_however_often_a_session_commits()
    {
        var (_, attempt) = Start(ScormTestPackages.Scorm12);
        attempt.Commit(1, Cmi(("cmi.core.session_time", "00:01:00")), Now);
        attempt.Commit(1, Cmi(("cmi.core.session_time", "00:02:30.5")), Now);
        attempt.StartSession();
        attempt.Commit(2, Cmi(("cmi.core.session_time", "01:00:00")), Now);
        attempt.TotalTime.ShouldBe(TimeSpan.FromSeconds(3750.5));
        ScormDataModel.FormatTimespan12(attempt.TotalTime).ShouldBe("01:02:30.50");
    }

    [Fact]
    public void A_scorm_2004_session_time_in_iso_8601_adds_up_too()
    {
        var (_, attempt) = Start(ScormTestPackages.Scorm2004);
        attempt.Commit(1, Cmi(("cmi.session_time", "PT1H30M")), Now);
        attempt.StartSession();
        attempt.Commit(2, Cmi(("cmi.session_time", "PT45.25S")), Now);
        attempt.TotalTime.ShouldBe(TimeSpan.FromSeconds(5445.25));
    }

    [Fact]
    public void Values_of_the_wrong_type_or_too_long_are_refused_and_nothing_is_applied()
    {
        var (_, attempt) = Start(ScormTestPackages.Scorm12);
        var refused = Should.Throw<ValidationFailedException>(() => attempt.Commit(1, Cmi(
            ("cmi.core.lesson_location", "ok"),
            ("cmi.core.score.raw", "eighty"),
            ("cmi.core.session_time", "2 minutes"),
            ("cmi.core.lesson_status", "done"),
            ("cmi.suspend_data", new string('x', 64_001)),
            ("cmi.interactions.0.id", "has space"),
            ("cmi.core.score.max", "150"),
            ("cmi.core.shoe_size", "42")), Now));
        refused.Errors.Keys.Order().ShouldBe([
            "cmi.core.lesson_status", "cmi.core.score.max", "cmi.core.score.raw", "cmi.core.session_time", "cmi.core.shoe_size",
            "cmi.interactions.0.id", "cmi.suspend_data",
        ]);
        refused.Errors["cmi.suspend_data"].ShouldHaveSingleItem().Key.ShouldBe(NavLederprogramErrorCodes.ScormCmiTooLong);
        refused.Errors["cmi.core.score.raw"].ShouldHaveSingleItem().Key.ShouldBe(NavLederprogramErrorCodes.ScormCmiType);
        attempt.Location.ShouldBeNull();
        attempt.LastCommitAt.ShouldBeNull();
    }

    [Fact]
    public void What_the_lms_owns_is_ignored_when_a_runtime_sends_it_back()
    {
        var (_, attempt) = Start(ScormTestPackages.Scorm12);
        attempt.Commit(1, Cmi(("cmi.core.entry", "resume"), ("cmi.core.total_time", "99:00:00"), ("cmi.core.student_id", "someone-else"),
            ("cmi.core.lesson_status", "not attempted"), ("cmi.interactions.0.id", "q1"), ("cmi.interactions.0.result", "wrong")), Now);
        attempt.TotalTime.ShouldBe(TimeSpan.Zero);
        attempt.Entry.ShouldBe("ab-initio");
        attempt.RuntimeData.ShouldBe(new Dictionary<string, string> { ["cmi.interactions.0.id"] = "q1", ["cmi.interactions.0.result"] = "wrong" });
    }

    [Fact]
    public void A_commit_from_an_earlier_session_is_refused()
    {
        var (_, attempt) = Start(ScormTestPackages.Scorm12);
        attempt.StartSession();
        Should.Throw<BusinessException>(() => attempt.Commit(1, Cmi(("cmi.core.lesson_location", "x")), Now)).IsConflict.ShouldBeTrue();
    }

    [Theory]
    [InlineData("passed", "", true, true, null)]
    [InlineData("completed", "85", true, true, 85.0)]
    [InlineData("completed", "60", true, false, 60.0)]
    [InlineData("incomplete", "", false, null, null)]
    [InlineData("failed", "40", true, false, 40.0)]
    public void A_scorm_12_status_and_score_against_the_mastery_score_give_the_result(
        string status, string raw, bool completed, bool? passed, double? score)
    {
        var (package, attempt) = Start(ScormTestPackages.Scorm12);
        attempt.Commit(1, Cmi(("cmi.core.lesson_status", status), ("cmi.core.score.raw", raw)), Now);
        ScormResult.Of(package, [attempt]).ShouldBe(new ScormResult(completed, passed, (decimal?)score));
    }

    [Theory]
    [InlineData("completed", "unknown", "0.8", true, true, 80.0)]
    [InlineData("completed", "unknown", "0.5", true, false, 50.0)]
    [InlineData("incomplete", "passed", "", false, true, null)]
    [InlineData("completed", "failed", "0.9", true, false, 90.0)]
    public void A_scorm_2004_completion_success_and_scaled_score_give_the_result(
        string completion, string success, string scaled, bool completed, bool? passed, double? score)
    {
        var (package, attempt) = Start(ScormTestPackages.Scorm2004);
        attempt.Commit(1, Cmi(("cmi.completion_status", completion), ("cmi.success_status", success), ("cmi.score.scaled", scaled)), Now);
        ScormResult.Of(package, [attempt]).ShouldBe(new ScormResult(completed, passed, (decimal?)score));
    }

    [Fact]
    public void The_score_shown_is_the_score_the_package_reported()
    {
        var (package, attempt) = Start(ScormTestPackages.Scorm12);
        attempt.Commit(1, Cmi(("cmi.core.score.raw", "17"), ("cmi.core.score.min", "0"), ("cmi.core.score.max", "20")), Now);
        ScormResult.Of(package, [attempt]).ScorePercent.ShouldBe(85m);
    }

    [Fact]
    public void A_multi_sco_package_is_completed_when_every_sco_is()
    {
        using var archive = ScormArchive.Open(new MemoryStream(ScormTestPackages.Build(ScormTestPackages.MultiSco)), ScormLimits.Default);
        var package = new ScormPackage(Guid.NewGuid(), Guid.NewGuid(), "plan.zip", archive.Manifest, archive.FileCount, archive.DeclaredBytes);
        var person = Guid.NewGuid();
        var first = new ScormAttempt(Guid.NewGuid(), person, package, package.GetSco("PART-1"));
        first.StartSession();
        first.Commit(1, Cmi(("cmi.core.lesson_status", "completed")), Now);
        ScormResult.Of(package, [first]).Completed.ShouldBeFalse();
        var second = new ScormAttempt(Guid.NewGuid(), person, package, package.GetSco("PART-2"));
        second.StartSession();
        second.Commit(1, Cmi(("cmi.core.lesson_status", "completed")), Now);
        ScormResult.Of(package, [first, second]).Completed.ShouldBeTrue();
        Should.Throw<BusinessException>(() => package.GetSco("MODULE-1")).Code.ShouldBe(NavLederprogramErrorCodes.ScormScoNotFound);
    }

    [Theory]
    [InlineData("cmi.core.session_time", "0000:00:00.00", true)]
    [InlineData("cmi.core.session_time", "9999:59:59.99", true)]
    [InlineData("cmi.core.session_time", "00:60:00", false)]
    [InlineData("cmi.interactions.0.time", "23:59:59", true)]
    [InlineData("cmi.interactions.0.time", "24:00:00", false)]
    [InlineData("cmi.interactions.0.type", "true-false", true)]
    [InlineData("cmi.interactions.0.type", "long-fill-in", false)]
    [InlineData("cmi.interactions.0.result", "0.5", true)]
    [InlineData("cmi.interactions.0.result", "incorrect", false)]
    [InlineData("cmi.student_preference.speed", "-100", true)]
    [InlineData("cmi.student_preference.speed", "1.5", false)]
    [InlineData("cmi.interactions.500.id", "q", false)]
    public void Scorm_12_types_and_vocabularies(string element, string value, bool valid) =>
        ScormDataModel.Validate(ScormVersion.Scorm12, Cmi((element, value))).Errors.Count.ShouldBe(valid ? 0 : 1);

    [Theory]
    [InlineData("cmi.session_time", "PT1H0M0S", true)]
    [InlineData("cmi.session_time", "P1DT2H", true)]
    [InlineData("cmi.session_time", "PT", false)]
    [InlineData("cmi.session_time", "00:01:00", false)]
    [InlineData("cmi.score.scaled", "1.0000001", false)]
    [InlineData("cmi.score.scaled", "-1", true)]
    [InlineData("cmi.interactions.0.timestamp", "2026-12-05T09:00:00.5+01:00", true)]
    [InlineData("cmi.interactions.0.timestamp", "yesterday", false)]
    [InlineData("cmi.interactions.0.result", "wrong", false)]
    [InlineData("cmi.exit", "normal", true)]
    [InlineData("cmi.location", "x", true)]
    public void Scorm_2004_types_and_vocabularies(string element, string value, bool valid) =>
        ScormDataModel.Validate(ScormVersion.Scorm2004Edition4, Cmi((element, value))).Errors.Count.ShouldBe(valid ? 0 : 1);
}
