using NavLederprogram.Development;
using NavLederprogram.Development.Events;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

internal static class Dev
{
    public static readonly DateTime Now = new(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc);
    public static readonly Guid Coach = Guid.NewGuid();

    public static ResultIndicator Percent() => new(Guid.NewGuid(), " arbeid-andel ", "Andel brukere som går over til arbeid",
        IndicatorValueKind.Percent, IndicatorPeriodKind.Month, "%", true);

    public static ResultIndicator Count() => new(Guid.NewGuid(), "OPPFOLGING-ANTALL", "Antall brukere fulgt opp",
        IndicatorValueKind.Number, IndicatorPeriodKind.Quarter, null, true);

    public static DevelopmentPlan Plan() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Coach);

    public static GoalContent Goal(string title = "Flere brukere i arbeid", ResultIndicator? indicator = null, decimal? target = null) =>
        new(title, "Tettere oppfølging av unge", indicator, target, new DateOnly(2027, 6, 30));
}

public class IndicatorTests
{
    [Fact]
    public void A_code_is_kept_in_capitals_without_surrounding_spaces() => Dev.Percent().Code.ShouldBe("ARBEID-ANDEL");

    [Theory]
    [InlineData("45,3", 45.3)]
    [InlineData("45.3", 45.3)]
    [InlineData(" 100 %", 100)]
    [InlineData("0", 0)]
    public void A_percent_is_read_as_the_statistics_write_it(string text, decimal expected) =>
        Dev.Percent().ParseValue(text).ShouldBe(expected);

    [Theory]
    [InlineData("140")]
    [InlineData("-1")]
    [InlineData("100,01")]
    public void A_percent_outside_0_to_100_is_refused(string text)
    {
        var e = Should.Throw<BusinessException>(() => Dev.Percent().ParseValue(text));
        e.Code.ShouldBe(NavLederprogramErrorCodes.IndicatorPercentOutOfRange);
    }

    [Theory]
    [InlineData("mange")]
    [InlineData("")]
    [InlineData("12a")]
    [InlineData("1e5")]
    public void Text_where_a_number_belongs_is_refused_with_the_text_given(string text)
    {
        var e = Should.Throw<BusinessException>(() => Dev.Count().ParseValue(text));
        e.Code.ShouldBe(NavLederprogramErrorCodes.IndicatorValueNotANumber);
        e.MessageArguments.ShouldBe([text]);
    }

    [Fact]
    public void A_number_may_have_spaces_between_thousands_but_not_be_negative()
    {
        Dev.Count().ParseValue("1 250").ShouldBe(1250);
        Should.Throw<BusinessException>(() => Dev.Count().ParseValue("-3")).Code.ShouldBe(NavLederprogramErrorCodes.IndicatorNumberOutOfRange);
    }

    [Theory]
    [InlineData("2026-09", 2026, 9, IndicatorPeriodKind.Month)]
    [InlineData("2026-Q3", 2026, 7, IndicatorPeriodKind.Quarter)]
    [InlineData("2026-q1", 2026, 1, IndicatorPeriodKind.Quarter)]
    public void A_period_is_a_month_or_a_quarter_stored_as_its_first_day(string text, int year, int month, IndicatorPeriodKind kind)
    {
        IndicatorPeriod.TryParse(text).ShouldBe((new DateOnly(year, month, 1), kind));
        IndicatorPeriod.Format(new DateOnly(year, month, 1), kind).ShouldBe(text.ToUpperInvariant());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("09-2026")]
    [InlineData("2026-9")]
    [InlineData("sept")]
    public void Anything_else_is_not_a_period(string text)
    {
        IndicatorPeriod.TryParse(text).ShouldBeNull();
        Should.Throw<BusinessException>(() => IndicatorPeriod.Parse(text, IndicatorPeriodKind.Month)).Code
            .ShouldBe(NavLederprogramErrorCodes.IndicatorPeriodInvalid);
    }

    [Fact]
    public void A_month_for_a_quarterly_indicator_is_refused() =>
        Should.Throw<BusinessException>(() => IndicatorPeriod.Parse("2026-09", Dev.Count().PeriodKind)).Code
            .ShouldBe(NavLederprogramErrorCodes.IndicatorPeriodWrongKind);

    [Fact]
    public void A_value_is_stored_for_the_first_day_of_its_quarter_and_checked_by_its_indicator()
    {
        var indicator = Dev.Count();
        var value = new IndicatorValue(Guid.NewGuid(), indicator, Guid.NewGuid(), new DateOnly(2026, 8, 15), 12, IndicatorValueSource.Manual, null);
        value.Period.ShouldBe(new DateOnly(2026, 7, 1));
        Should.Throw<BusinessException>(() => value.Set(indicator, -5, IndicatorValueSource.Import, null));
        value.Value.ShouldBe(12);
    }
}

public class DevelopmentPlanTests
{
    [Fact]
    public void A_target_needs_an_indicator_and_must_fit_it()
    {
        Should.Throw<BusinessException>(() => Dev.Goal(target: 50)).Code.ShouldBe(NavLederprogramErrorCodes.GoalTargetNeedsIndicator);
        Should.Throw<BusinessException>(() => Dev.Goal(indicator: Dev.Percent(), target: 140)).Code
            .ShouldBe(NavLederprogramErrorCodes.IndicatorPercentOutOfRange);
        Dev.Goal(indicator: Dev.Percent(), target: 55).TargetValue.ShouldBe(55);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_goal_has_a_title(string title) =>
        Should.Throw<BusinessException>(() => Dev.Goal(title)).Field.ShouldBe("title");

    [Fact]
    public void Only_the_coach_agrees_a_goal_and_changing_it_undoes_the_agreement()
    {
        var plan = Dev.Plan();
        var goal = plan.AddGoal(Guid.NewGuid(), Dev.Goal());
        Should.Throw<BusinessException>(() => plan.AgreeGoal(goal.Id, Guid.NewGuid(), Dev.Now)).Code.ShouldBe(NavLederprogramErrorCodes.NotCoach);
        plan.AgreeGoal(goal.Id, Dev.Coach, Dev.Now);
        goal.IsAgreed.ShouldBeTrue();

        plan.ChangeGoal(goal.Id, Dev.Goal());
        goal.IsAgreed.ShouldBeTrue("the same content keeps the agreement");
        plan.ChangeGoal(goal.Id, Dev.Goal("Færre på ytelse"));
        goal.IsAgreed.ShouldBeFalse();
    }

    [Fact]
    public void A_closed_goal_is_not_changed()
    {
        var plan = Dev.Plan();
        var goal = plan.AddGoal(Guid.NewGuid(), Dev.Goal());
        plan.SetGoalStatus(goal.Id, GoalStatus.Achieved);
        Should.Throw<BusinessException>(() => plan.ChangeGoal(goal.Id, Dev.Goal("Nytt"))).Code.ShouldBe(NavLederprogramErrorCodes.GoalClosed);
    }

    [Fact]
    public void A_plan_holds_at_most_twenty_goals()
    {
        var plan = Dev.Plan();
        for (var i = 0; i < DevelopmentConsts.MaxGoals; i++) plan.AddGoal(Guid.NewGuid(), Dev.Goal($"Mål {i}"));
        Should.Throw<BusinessException>(() => plan.AddGoal(Guid.NewGuid(), Dev.Goal())).Code.ShouldBe(NavLederprogramErrorCodes.PlanTooManyGoals);
    }

    [Fact]
    public void Feedback_tells_the_leader_and_names_a_goal_of_the_plan_only()
    {
        var plan = Dev.Plan();
        var goal = plan.AddGoal(Guid.NewGuid(), Dev.Goal());
        Should.Throw<EntityNotFoundException>(() => plan.GiveFeedback(Guid.NewGuid(), Guid.NewGuid(), Dev.Coach, "Bra", Dev.Now));
        plan.GiveFeedback(Guid.NewGuid(), goal.Id, Dev.Coach, "  Godt arbeid med de unge  ", Dev.Now).Text.ShouldBe("Godt arbeid med de unge");
        plan.GetDomainEvents().OfType<FacilitatorFeedbackGiven>().Single().PersonId.ShouldBe(plan.PersonId);
    }

    [Fact]
    public void Progress_notes_and_feedback_have_text()
    {
        var plan = Dev.Plan();
        Should.Throw<BusinessException>(() => plan.AddProgressNote(Guid.NewGuid(), null, Dev.Coach, " ", Dev.Now));
        Should.Throw<BusinessException>(() => plan.GiveFeedback(Guid.NewGuid(), null, Dev.Coach, new string('x', DevelopmentConsts.TextMax + 1), Dev.Now));
        plan.ProgressNotes.ShouldBeEmpty();
        plan.Feedback.ShouldBeEmpty();
    }
}

public class CoachingSessionTests
{
    private static CoachingSession Session(int minutes = 60, string? link = "https://meet.example.no/abc") =>
        new(Guid.NewGuid(), Guid.NewGuid(), Dev.Now.AddDays(3), minutes, null, link, Dev.Now);

    [Theory]
    [InlineData(10)]
    [InlineData(481)]
    public void A_session_lasts_15_minutes_to_8_hours(int minutes) =>
        Should.Throw<BusinessException>(() => Session(minutes)).Code.ShouldBe(NavLederprogramErrorCodes.SessionDuration);

    [Theory]
    [InlineData("http://meet.example.no/abc")]
    [InlineData("javascript:alert(1)")]
    [InlineData("meet.example.no")]
    public void A_video_link_is_an_https_address(string link) =>
        Should.Throw<BusinessException>(() => Session(link: link)).Code.ShouldBe(NavLederprogramErrorCodes.SessionVideoLinkNotHttps);

    [Fact]
    public void A_session_is_not_scheduled_in_the_past() =>
        Should.Throw<BusinessException>(() => new CoachingSession(Guid.NewGuid(), Guid.NewGuid(), Dev.Now.AddHours(-1), 60, "Kontoret", null, Dev.Now))
            .Code.ShouldBe(NavLederprogramErrorCodes.SessionInPast);

    [Fact]
    public void A_cancelled_session_is_not_moved_and_notes_are_only_kept_encrypted()
    {
        var session = Session();
        session.EndsAt.ShouldBe(session.StartsAt.AddMinutes(60));
        session.Cancel();
        Should.Throw<BusinessException>(() => session.Move(Dev.Now.AddDays(4), 60, null, null, Dev.Now)).Code.ShouldBe(NavLederprogramErrorCodes.SessionClosed);
        Should.Throw<ArgumentException>(() => session.WriteNotes("Vi snakket om sykefraværet"));
        session.ProtectedNotes.ShouldBeNull();
    }

    [Fact]
    public void A_session_is_held_once_it_has_begun()
    {
        var session = Session();
        Should.Throw<BusinessException>(() => session.MarkHeld(Dev.Now));
        session.MarkHeld(session.StartsAt.AddMinutes(5));
        session.Status.ShouldBe(CoachingSessionStatus.Held);
    }

    [Fact]
    public void A_private_note_is_never_stored_in_plain_text() =>
        Should.Throw<ArgumentException>(() => new PrivateNote(Guid.NewGuid(), Guid.NewGuid(), null, "Jeg er usikker på budsjettet"));
}
