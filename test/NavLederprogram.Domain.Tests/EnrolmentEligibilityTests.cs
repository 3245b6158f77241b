using NavLederprogram.Programmes;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

public class EnrolmentEligibilityTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Target = Guid.NewGuid();

    private static ProgrammePlace Place(EnrolmentStatus status, CohortStatus cohortStatus, string name = "Kull Trøndelag 2026", int daysAgo = 10) =>
        new(status, Guid.NewGuid(), name, cohortStatus, Now.AddDays(-daysAgo));

    private static string? Refused(bool isLeader, params ProgrammePlace[] places) =>
        EnrolmentEligibility.Refusal(isLeader, EnrolmentEligibility.Standing(places), Target)?.Code;

    [Fact]
    public void A_leader_without_a_place_may_enrol_and_a_place_in_an_ended_cohort_does_not_count()
    {
        Refused(true).ShouldBeNull();
        Refused(true, Place(EnrolmentStatus.Enrolled, CohortStatus.Cancelled), Place(EnrolmentStatus.Withdrawn, CohortStatus.Running),
            Place(EnrolmentStatus.Rejected, CohortStatus.EnrolmentOpen), Place(EnrolmentStatus.Enrolled, CohortStatus.Completed)).ShouldBeNull();
        EnrolmentEligibility.Standing([Place(EnrolmentStatus.Withdrawn, CohortStatus.Running)]).Standing.ShouldBe(ProgrammeStanding.NotEnrolled);
    }

    [Theory]
    [InlineData(EnrolmentStatus.Enrolled, CohortStatus.Running, ProgrammeStanding.Enrolled)]
    [InlineData(EnrolmentStatus.Enrolled, CohortStatus.EnrolmentClosed, ProgrammeStanding.Enrolled)]
    [InlineData(EnrolmentStatus.Waitlisted, CohortStatus.EnrolmentOpen, ProgrammeStanding.Waitlisted)]
    [InlineData(EnrolmentStatus.Pending, CohortStatus.EnrolmentOpen, ProgrammeStanding.Pending)]
    public void A_place_in_a_cohort_that_has_not_ended_keeps_a_leader_out_of_every_other(EnrolmentStatus status, CohortStatus cohortStatus, ProgrammeStanding standing)
    {
        var place = Place(status, cohortStatus, "Nasjonalt kull 2026");
        var info = EnrolmentEligibility.Standing([place]);
        info.Standing.ShouldBe(standing);
        info.CohortName.ShouldBe("Nasjonalt kull 2026");

        var refusal = EnrolmentEligibility.Refusal(true, info, Target)!;
        refusal.Code.ShouldBe(NavLederprogramErrorCodes.AlreadyInProgramme);
        refusal.IsConflict.ShouldBeTrue();
        refusal.MessageArguments.ShouldBe(["Nasjonalt kull 2026"]);
        // In the same cohort it is the familiar "already enrolled".
        EnrolmentEligibility.Refusal(true, info, place.CohortId)!.Code.ShouldBe(NavLederprogramErrorCodes.AlreadyEnrolled);
    }

    [Fact]
    public void Someone_who_completed_the_programme_is_refused_even_after_later_places_ended()
    {
        var info = EnrolmentEligibility.Standing([Place(EnrolmentStatus.Completed, CohortStatus.Completed, "Kull Vest 2024", 700),
            Place(EnrolmentStatus.Withdrawn, CohortStatus.Running, "Kull Nord 2026", 30)]);
        info.Standing.ShouldBe(ProgrammeStanding.Completed);
        info.CohortName.ShouldBe("Kull Vest 2024");
        var refusal = EnrolmentEligibility.Refusal(true, info, Target)!;
        refusal.Code.ShouldBe(NavLederprogramErrorCodes.ProgrammeCompleted);
        refusal.MessageArguments.ShouldBe(["Kull Vest 2024"]);
    }

    [Fact]
    public void A_seat_is_the_standing_shown_before_a_waitlist_place_or_a_pending_request()
    {
        var info = EnrolmentEligibility.Standing([Place(EnrolmentStatus.Pending, CohortStatus.EnrolmentOpen, "Kull A", 1),
            Place(EnrolmentStatus.Enrolled, CohortStatus.Running, "Kull B", 90)]);
        info.Standing.ShouldBe(ProgrammeStanding.Enrolled);
        info.CohortName.ShouldBe("Kull B");
    }

    [Fact]
    public void Only_leaders_take_part()
    {
        Refused(false).ShouldBe(NavLederprogramErrorCodes.NotALeader);
        EnrolmentEligibility.Refusal(false, ProgrammeStandingInfo.NotEnrolled, Target)!.IsConflict.ShouldBeTrue();
    }
}
