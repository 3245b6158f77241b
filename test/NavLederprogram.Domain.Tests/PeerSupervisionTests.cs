using NavLederprogram.PeerSupervision;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

internal static class Supervision
{
    public static readonly DateTime Now = new(2027, 1, 15, 10, 0, 0, DateTimeKind.Utc);
    public static readonly Guid Supervisor = Guid.NewGuid();
    public static readonly Guid Office = Guid.NewGuid();

    public static AgreementTerms Terms(string confidentiality = "Det som sies i gruppen, blir i gruppen.") =>
        new(confidentiality, "Annenhver tirsdag", "Reflekterende team", "Ingen navn, alder eller bosted", 4, 12);

    public static Invitee[] Invitees(int count) => Enumerable.Range(0, count).Select(_ => new Invitee(Guid.NewGuid(), Office)).ToArray();

    public static SupervisionGroup Group(int members = 3, SupervisionKind kind = SupervisionKind.Group) =>
        new(Guid.NewGuid(), "Veiledningsgruppe Nord", kind, Supervisor, null, Guid.NewGuid(), Invitees(members), Terms(), Now);

    /// <summary>A group whose first member has joined and accepted the first agreement.</summary>
    public static (SupervisionGroup Group, Guid Member) WithAcceptedMember()
    {
        var group = Group();
        var member = group.Members[0].PersonId;
        group.Accept(member, Now);
        group.AcceptAgreement(member, 1);
        return (group, member);
    }
}

public class SupervisionGroupTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(9)]
    public void A_group_starts_with_three_to_eight_invitees(int count)
    {
        var e = Should.Throw<BusinessException>(() => Supervision.Group(count));
        e.Code.ShouldBe(NavLederprogramErrorCodes.SupervisionGroupSize);
        e.Field.ShouldBe("invitees");
    }

    [Fact]
    public void A_ninth_member_is_refused_and_the_group_keeps_eight()
    {
        var group = Supervision.Group(8);
        var e = Should.Throw<BusinessException>(() => group.Invite(new Invitee(Guid.NewGuid(), Supervision.Office), Supervision.Now));
        e.Code.ShouldBe(NavLederprogramErrorCodes.SupervisionGroupFull);
        group.Members.Count.ShouldBe(8);
    }

    [Fact]
    public void A_place_freed_by_a_decline_can_be_filled()
    {
        var group = Supervision.Group(8);
        group.Decline(group.Members[0].PersonId, Supervision.Now);
        group.Invite(new Invitee(Guid.NewGuid(), Supervision.Office), Supervision.Now);
        group.Members.Count(m => m.HoldsPlace).ShouldBe(8);
    }

    [Fact]
    public void One_to_one_supervision_has_exactly_one_colleague()
    {
        Should.Throw<BusinessException>(() => Supervision.Group(2, SupervisionKind.OneToOne)).Code.ShouldBe(NavLederprogramErrorCodes.SupervisionOneToOneOneMember);
        var pair = Supervision.Group(1, SupervisionKind.OneToOne);
        Should.Throw<BusinessException>(() => pair.Invite(new Invitee(Guid.NewGuid(), Supervision.Office), Supervision.Now))
            .Code.ShouldBe(NavLederprogramErrorCodes.SupervisionOneToOneOneMember);
    }

    [Fact]
    public void The_supervisor_is_never_a_member()
    {
        var invitees = Supervision.Invitees(2).Append(new Invitee(Supervision.Supervisor, Supervision.Office)).ToArray();
        Should.Throw<BusinessException>(() => new SupervisionGroup(Guid.NewGuid(), "Gruppe", SupervisionKind.Group, Supervision.Supervisor, null, Guid.NewGuid(),
            invitees, Supervision.Terms(), Supervision.Now)).Code.ShouldBe(NavLederprogramErrorCodes.SupervisionSupervisorNotMember);
    }

    [Fact]
    public void Only_the_supervisor_and_members_who_accepted_the_agreement_have_access()
    {
        var group = Supervision.Group();
        var member = group.Members[0].PersonId;
        group.HasAccess(Supervision.Supervisor).ShouldBeTrue();
        group.HasAccess(member).ShouldBeFalse("an invitee sees only the agreement");
        group.Accept(member, Supervision.Now);
        group.IsMember(member).ShouldBeTrue();
        group.HasAccess(member).ShouldBeFalse("a member who has not accepted the agreement sees only the agreement");
        group.AcceptAgreement(member, 1);
        group.HasAccess(member).ShouldBeTrue();
        group.HasAccess(Guid.NewGuid()).ShouldBeFalse();
    }

    [Fact]
    public void A_revised_agreement_asks_everyone_again()
    {
        var (group, member) = Supervision.WithAcceptedMember();
        var revision = group.ReviseAgreement(Supervision.Terms("Taushet også overfor ledere utenfor gruppen."), Supervision.Now.AddDays(1));
        revision.Version.ShouldBe(2);
        group.CurrentAgreement.Confidentiality.ShouldBe("Taushet også overfor ledere utenfor gruppen.");
        group.Agreements.Count.ShouldBe(2);
        group.HasAccess(member).ShouldBeFalse();
        Should.Throw<BusinessException>(() => group.AcceptAgreement(member, 1)).Code.ShouldBe(NavLederprogramErrorCodes.SupervisionAgreementOutdated);
        group.AcceptAgreement(member, 2);
        group.HasAccess(member).ShouldBeTrue();
    }

    [Fact]
    public void A_member_who_leaves_loses_access()
    {
        var (group, member) = Supervision.WithAcceptedMember();
        group.Leave(member, Supervision.Now);
        group.HasAccess(member).ShouldBeFalse();
        group.IsMember(member).ShouldBeFalse();
        Should.Throw<BusinessException>(() => group.Leave(member, Supervision.Now)).Code.ShouldBe(NavLederprogramErrorCodes.SupervisionNotMember);
    }

    [Fact]
    public void Only_an_invitee_can_accept_or_decline()
    {
        var group = Supervision.Group();
        Should.Throw<BusinessException>(() => group.Accept(Guid.NewGuid(), Supervision.Now)).Code.ShouldBe(NavLederprogramErrorCodes.SupervisionNotInvited);
        var member = group.Members[1].PersonId;
        group.Decline(member, Supervision.Now);
        Should.Throw<BusinessException>(() => group.Accept(member, Supervision.Now)).Code.ShouldBe(NavLederprogramErrorCodes.SupervisionNotInvited);
    }
}

public class MeetingRecurrenceTests
{
    private static readonly DateTime Now = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_nine_o_clock_meeting_stays_at_nine_in_Oslo_into_summer_time()
    {
        // 2027-03-28: Oslo moves from CET (UTC+1) to CEST (UTC+2).
        var meetings = MeetingRecurrence.Expand("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10", new DateTime(2027, 3, 9, 9, 0, 0), 120);
        meetings.Count.ShouldBe(10);
        meetings.Select(m => OsloTime.ToOslo(m.StartsAt).TimeOfDay).Distinct().ShouldBe([new TimeSpan(9, 0, 0)]);
        meetings.Select(m => OsloTime.ToOslo(m.StartsAt).DayOfWeek).Distinct().ShouldBe([DayOfWeek.Tuesday]);
        meetings[0].StartsAt.ShouldBe(new DateTime(2027, 3, 9, 8, 0, 0, DateTimeKind.Utc));
        meetings[2].StartsAt.ShouldBe(new DateTime(2027, 4, 6, 7, 0, 0, DateTimeKind.Utc));
        meetings.ShouldAllBe(m => m.EndsAt == m.StartsAt.AddHours(2) && m.StartsAt.Kind == DateTimeKind.Utc);
    }

    [Fact]
    public void A_nine_o_clock_meeting_stays_at_nine_in_Oslo_out_of_summer_time()
    {
        // 2027-10-31: Oslo moves from CEST back to CET.
        var meetings = MeetingRecurrence.Expand("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10", new DateTime(2027, 10, 12, 9, 0, 0), 120);
        meetings.Select(m => OsloTime.ToOslo(m.StartsAt).TimeOfDay).Distinct().ShouldBe([new TimeSpan(9, 0, 0)]);
        meetings[0].StartsAt.ShouldBe(new DateTime(2027, 10, 12, 7, 0, 0, DateTimeKind.Utc));
        meetings[2].StartsAt.ShouldBe(new DateTime(2027, 11, 9, 8, 0, 0, DateTimeKind.Utc));
        (meetings[1].StartsAt - meetings[0].StartsAt).ShouldBe(TimeSpan.FromDays(14));
    }

    [Fact]
    public void A_rule_ending_on_a_date_stops_there()
    {
        var meetings = MeetingRecurrence.Expand("RRULE:FREQ=MONTHLY;BYDAY=1WE;UNTIL=20270701T000000Z", new DateTime(2027, 2, 3, 13, 0, 0), 90);
        meetings.Count.ShouldBe(5);
        meetings[^1].StartsAt.ShouldBe(new DateTime(2027, 6, 2, 11, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("FREQ=HOURLY;COUNT=5", NavLederprogramErrorCodes.SupervisionRuleTooFrequent)]
    [InlineData("FREQ=MINUTELY;COUNT=5", NavLederprogramErrorCodes.SupervisionRuleTooFrequent)]
    [InlineData("FREQ=DAILY;BYHOUR=9,13;COUNT=5", NavLederprogramErrorCodes.SupervisionRuleTooFrequent)]
    [InlineData("FREQ=WEEKLY;BYDAY=TU", NavLederprogramErrorCodes.SupervisionRuleNoEnd)]
    [InlineData("FREQ=DAILY;COUNT=201", NavLederprogramErrorCodes.SupervisionRuleTooMany)]
    [InlineData("FREQ=DAILY;UNTIL=20300101T000000Z", NavLederprogramErrorCodes.SupervisionRuleTooMany)]
    [InlineData("every tuesday", NavLederprogramErrorCodes.SupervisionRuleInvalid)]
    [InlineData("", NavLederprogramErrorCodes.SupervisionRuleInvalid)]
    public void A_rule_that_is_too_frequent_endless_or_too_long_is_refused(string rule, string code)
    {
        var e = Should.Throw<BusinessException>(() => MeetingRecurrence.Expand(rule, new DateTime(2027, 3, 9, 9, 0, 0), 60));
        e.Code.ShouldBe(code);
        e.Field.ShouldBe("recurrenceRule");
    }

    [Fact]
    public void A_schedule_starting_in_the_past_is_refused()
    {
        var e = Should.Throw<BusinessException>(() =>
            new MeetingSchedule("FREQ=WEEKLY;COUNT=4", new DateTime(2026, 12, 1, 9, 0, 0), 60, "Møterom 2", null, Now));
        e.Code.ShouldBe(NavLederprogramErrorCodes.SupervisionMeetingInPast);
    }

    [Theory]
    [InlineData("http://meet.example.no/abc")]
    [InlineData("javascript:alert(1)")]
    [InlineData("meet.example.no")]
    public void A_video_link_must_be_https(string link)
    {
        var e = Should.Throw<BusinessException>(() => new MeetingSchedule("FREQ=WEEKLY;COUNT=4", new DateTime(2027, 3, 9, 9, 0, 0), 60, null, link, Now));
        e.Code.ShouldBe(NavLederprogramErrorCodes.SupervisionVideoLinkNotHttps);
        e.Field.ShouldBe("videoLink");
    }

    [Fact]
    public void A_schedule_expands_to_its_meetings()
    {
        var schedule = new MeetingSchedule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10", new DateTime(2027, 3, 9, 9, 0, 0), 120, null,
            "https://meet.example.no/gruppe", Now);
        schedule.Expand().Count.ShouldBe(10);
        schedule.VideoLink.ShouldBe("https://meet.example.no/gruppe");
    }
}

public class SupervisionMeetingTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Start = new(2027, 3, 9, 8, 0, 0, DateTimeKind.Utc);

    private static SupervisionMeeting Meeting() =>
        new(Guid.NewGuid(), Guid.NewGuid(), new MeetingOccurrence(Start, Start.AddHours(2)), "Møterom 2", null, Now);

    [Fact]
    public void One_occurrence_can_be_moved_and_keeps_its_original_time()
    {
        var meeting = Meeting();
        meeting.Move(Start.AddDays(1), Start.AddDays(1).AddHours(2), null, "https://meet.example.no/x", Now);
        meeting.Status.ShouldBe(MeetingStatus.Moved);
        meeting.StartsAt.ShouldBe(Start.AddDays(1));
        meeting.OriginalStartsAt.ShouldBe(Start);
        meeting.Place.ShouldBeNull();
        meeting.VideoLink.ShouldBe("https://meet.example.no/x");
    }

    [Fact]
    public void A_meeting_cannot_be_planned_or_moved_into_the_past()
    {
        Should.Throw<BusinessException>(() => new SupervisionMeeting(Guid.NewGuid(), Guid.NewGuid(), new MeetingOccurrence(Now.AddHours(-1), Now.AddHours(1)),
            null, null, Now)).Code.ShouldBe(NavLederprogramErrorCodes.SupervisionMeetingInPast);
        var meeting = Meeting();
        var e = Should.Throw<BusinessException>(() => meeting.Move(Now.AddDays(-1), Now.AddDays(-1).AddHours(1), null, null, Now));
        e.Code.ShouldBe(NavLederprogramErrorCodes.SupervisionMeetingInPast);
        meeting.StartsAt.ShouldBe(Start);
        meeting.Status.ShouldBe(MeetingStatus.Planned);
    }

    [Fact]
    public void A_cancelled_occurrence_cannot_be_moved_or_held()
    {
        var meeting = Meeting();
        meeting.Cancel();
        meeting.Status.ShouldBe(MeetingStatus.Cancelled);
        Should.Throw<BusinessException>(() => meeting.Move(Start.AddDays(1), Start.AddDays(1).AddHours(1), null, null, Now))
            .Code.ShouldBe(NavLederprogramErrorCodes.SupervisionMeetingClosed);
        Should.Throw<BusinessException>(() => meeting.RegisterAttendance([], [], Start.AddHours(1)))
            .Code.ShouldBe(NavLederprogramErrorCodes.SupervisionMeetingClosed);
    }

    [Fact]
    public void Attendance_is_registered_for_every_member_once_the_meeting_has_started()
    {
        var meeting = Meeting();
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        Should.Throw<BusinessException>(() => meeting.RegisterAttendance([a], [a, b], Start.AddMinutes(-5)))
            .Code.ShouldBe(NavLederprogramErrorCodes.SupervisionMeetingNotStarted);
        Should.Throw<BusinessException>(() => meeting.RegisterAttendance([Guid.NewGuid()], [a, b], Start.AddMinutes(5)))
            .Code.ShouldBe(NavLederprogramErrorCodes.SupervisionAttendeeNotMember);
        meeting.RegisterAttendance([a], [a, b], Start.AddMinutes(5)).ShouldBe([a]);
        meeting.Status.ShouldBe(MeetingStatus.Held);
        meeting.AttendedBy(a).ShouldBeTrue();
        meeting.AttendedBy(b).ShouldBeFalse();
        meeting.Attendance.Count.ShouldBe(2);
    }
}

public class PeerSupervisorTests
{
    [Fact]
    public void An_appointment_has_a_capacity_of_one_to_twenty_and_ends_once()
    {
        var on = new DateOnly(2027, 1, 4);
        Should.Throw<BusinessException>(() => PeerSupervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 0, [], on)).Field.ShouldBe("capacity");
        var supervisor = PeerSupervisor.Appoint(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2, [Supervision.Office, Supervision.Office], on);
        supervisor.OfficeIds.ShouldBe([Supervision.Office]);
        supervisor.Serves(Supervision.Office).ShouldBeTrue();
        Should.Throw<BusinessException>(() => supervisor.End(on.AddDays(-1))).Code.ShouldBe(NavLederprogramErrorCodes.SupervisorEndBeforeAppointment);
        supervisor.End(on.AddDays(30));
        supervisor.IsActive.ShouldBeFalse();
        Should.Throw<BusinessException>(() => supervisor.Change(3, [])).Code.ShouldBe(NavLederprogramErrorCodes.SupervisorEnded);
    }
}
