using NavLederprogram.Development;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

internal static class Feedback
{
    public static readonly DateTime Now = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    public static readonly Guid Leader = Guid.NewGuid();
    public static readonly Guid AreaA = Guid.NewGuid();
    public static readonly Guid AreaB = Guid.NewGuid();

    public static Guid[] Colleagues(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();

    public static FeedbackRoundStart Start(int invitees = 5, int minimumAnswers = 5, IReadOnlyList<Guid>? people = null) =>
        FeedbackRound.Start(Guid.NewGuid(), Leader, "Min ledelse våren 2027", Now, Now.AddDays(14), minimumAnswers,
            [new FeedbackSelfRating(AreaA, 4), new FeedbackSelfRating(AreaB, 2)], people ?? Colleagues(invitees), Now);

    public static FeedbackResponse Answer(FeedbackRoundStart start, int index, int? a, int? b, string? comment = null) =>
        start.Round.Answer(start.Invitations[index].Invitee, [new FeedbackRating(AreaA, a), new FeedbackRating(AreaB, b)], comment, Now.AddHours(1));
}

public class FeedbackRoundTests
{
    [Fact]
    public void A_round_with_four_colleagues_is_refused_on_the_invitee_field()
    {
        var e = Should.Throw<BusinessException>(() => Feedback.Start(invitees: 4));
        e.Code.ShouldBe(NavLederprogramErrorCodes.FeedbackTooFewInvitees);
        e.Field.ShouldBe("inviteePersonIds");
    }

    [Fact]
    public void The_leader_cannot_invite_themselves_nor_anyone_twice()
    {
        var people = Feedback.Colleagues(5);
        Should.Throw<BusinessException>(() => Feedback.Start(people: [.. people, Feedback.Leader])).Code
            .ShouldBe(NavLederprogramErrorCodes.FeedbackSelfInvited);
        Should.Throw<BusinessException>(() => Feedback.Start(people: [.. people, people[0]])).Code
            .ShouldBe(NavLederprogramErrorCodes.FeedbackInviteeTwice);
    }

    [Fact]
    public void A_threshold_under_three_is_refused()
    {
        Should.Throw<BusinessException>(() => Feedback.Start(minimumAnswers: 2)).Code.ShouldBe(NavLederprogramErrorCodes.FeedbackMinimumAnswers);
    }

    [Fact]
    public void Self_ratings_are_one_to_five()
    {
        Should.Throw<BusinessException>(() => new FeedbackSelfRating(Feedback.AreaA, 6)).Code.ShouldBe(NavLederprogramErrorCodes.FeedbackRatingRange);
        Should.Throw<BusinessException>(() => new FeedbackRating(Feedback.AreaA, 0)).Code.ShouldBe(NavLederprogramErrorCodes.FeedbackRatingRange);
    }

    [Fact]
    public void Each_invitee_gets_a_different_link_and_only_its_hash_is_kept()
    {
        var start = Feedback.Start();
        start.Invitations.Select(i => i.Token).Distinct().Count().ShouldBe(5);
        foreach (var invitation in start.Invitations)
        {
            FeedbackToken.IsWellFormed(invitation.Token).ShouldBeTrue();
            invitation.Invitee.TokenHash.ShouldBe(FeedbackToken.Hash(invitation.Token));
            invitation.Invitee.TokenHash.ShouldNotContain(invitation.Token);
        }
    }

    [Fact]
    public void A_second_answer_by_the_same_invitee_is_a_conflict()
    {
        var start = Feedback.Start();
        Feedback.Answer(start, 0, 4, 3);
        var e = Should.Throw<BusinessException>(() => Feedback.Answer(start, 0, 1, 1));
        e.Code.ShouldBe(NavLederprogramErrorCodes.FeedbackAlreadyAnswered);
        e.IsConflict.ShouldBeTrue();
    }

    [Fact]
    public void An_answer_outside_the_window_is_refused_and_the_invitee_may_still_answer_later()
    {
        var start = FeedbackRound.Start(Guid.NewGuid(), Feedback.Leader, "Runde", Feedback.Now.AddDays(2), Feedback.Now.AddDays(9), 5,
            [new FeedbackSelfRating(Feedback.AreaA, 3)], Feedback.Colleagues(5), Feedback.Now);
        var invitee = start.Invitations[0].Invitee;
        Should.Throw<BusinessException>(() => start.Round.Answer(invitee, [new FeedbackRating(Feedback.AreaA, 3)], null, Feedback.Now)).Code
            .ShouldBe(NavLederprogramErrorCodes.FeedbackRoundNotOpen);
        invitee.Answered.ShouldBeFalse();
        Should.Throw<BusinessException>(() => start.Round.Answer(invitee, [new FeedbackRating(Feedback.AreaA, 3)], null, Feedback.Now.AddDays(9)))
            .Code.ShouldBe(NavLederprogramErrorCodes.FeedbackRoundNotOpen);
        start.Round.Answer(invitee, [new FeedbackRating(Feedback.AreaA, 3)], null, Feedback.Now.AddDays(3));
        invitee.Answered.ShouldBeTrue();
    }

    [Fact]
    public void An_answer_must_rate_every_area_of_the_round_once()
    {
        var start = Feedback.Start();
        var invitee = start.Invitations[0].Invitee;
        Should.Throw<BusinessException>(() => start.Round.Answer(invitee, [new FeedbackRating(Feedback.AreaA, 3)], null, Feedback.Now)).Code
            .ShouldBe(NavLederprogramErrorCodes.FeedbackAnswerAreas);
        Should.Throw<BusinessException>(() => start.Round.Answer(invitee,
            [new FeedbackRating(Feedback.AreaA, 3), new FeedbackRating(Guid.NewGuid(), 3)], null, Feedback.Now)).Code
            .ShouldBe(NavLederprogramErrorCodes.FeedbackAnswerAreas);
        invitee.Answered.ShouldBeFalse();
    }

    [Fact]
    public void Answers_have_random_ids_and_say_nothing_of_who_gave_them()
    {
        var start = Feedback.Start();
        var responses = Enumerable.Range(0, 5).Select(i => Feedback.Answer(start, i, 3, 3)).ToList();
        responses.Select(r => r.Id.Version).ShouldAllBe(v => v == 4);
        typeof(FeedbackResponse).GetProperties().Select(p => p.Name).ShouldBe(["Id", "RoundId", "Ratings", "Comment"], ignoreOrder: true);
    }

    [Fact]
    public void Closing_early_stops_answers()
    {
        var start = Feedback.Start();
        start.Round.Close(Feedback.Now.AddMinutes(30));
        Should.Throw<BusinessException>(() => Feedback.Answer(start, 0, 3, 3)).Code.ShouldBe(NavLederprogramErrorCodes.FeedbackRoundNotOpen);
        Should.Throw<BusinessException>(() => start.Round.Close(Feedback.Now.AddHours(2))).Code.ShouldBe(NavLederprogramErrorCodes.FeedbackRoundClosed);
    }

    [Fact]
    public void A_reissued_link_replaces_the_old_one()
    {
        var invitee = Feedback.Start().Invitations[0];
        var token = invitee.Invitee.Reissue();
        token.ShouldNotBe(invitee.Token);
        invitee.Invitee.TokenHash.ShouldBe(FeedbackToken.Hash(token));
    }

    [Fact]
    public void Reminders_go_out_once_a_day()
    {
        var round = Feedback.Start().Round;
        var today = DateOnly.FromDateTime(Feedback.Now);
        round.Remind(today, Feedback.Now);
        Should.Throw<BusinessException>(() => round.Remind(today, Feedback.Now)).Code.ShouldBe(NavLederprogramErrorCodes.FeedbackRemindedToday);
        round.Remind(today.AddDays(1), Feedback.Now.AddDays(1));
    }
}

public class FeedbackResultTests
{
    private static readonly DateTime AfterClose = Feedback.Now.AddDays(15);

    [Fact]
    public void Nothing_shows_while_the_round_is_open_even_with_every_answer_in()
    {
        var start = Feedback.Start();
        var responses = Enumerable.Range(0, 5).Select(i => Feedback.Answer(start, i, 4, 4, "Tydelig")).ToList();
        var result = FeedbackResult.Of(start.Round, responses, Feedback.Now.AddHours(2));
        result.IsShown.ShouldBeFalse();
        result.Areas.ShouldAllBe(a => a.OthersAverage == null && a.Rated == null);
        result.Comments.ShouldBeEmpty();
        result.Areas.Select(a => a.SelfRating).ShouldBe([4, 2]);
    }

    [Fact]
    public void Below_the_threshold_the_whole_result_and_the_comments_stay_hidden()
    {
        var start = Feedback.Start(invitees: 6);
        var responses = Enumerable.Range(0, 4).Select(i => Feedback.Answer(start, i, 4, 4, "Lytter godt")).ToList();
        var result = FeedbackResult.Of(start.Round, responses, AfterClose);
        result.IsShown.ShouldBeFalse();
        result.Answers.ShouldBe(4);
        result.Areas.ShouldAllBe(a => a.OthersAverage == null);
        result.Comments.ShouldBeEmpty();
    }

    [Fact]
    public void At_the_threshold_each_area_shows_the_average_of_those_who_could_judge_it()
    {
        var start = Feedback.Start(invitees: 6);
        var responses = new List<FeedbackResponse>
        {
            Feedback.Answer(start, 0, 5, 2, "Tydelig retning"),
            Feedback.Answer(start, 1, 4, null),
            Feedback.Answer(start, 2, 4, 3),
            Feedback.Answer(start, 3, 3, 3, "Gir tillit"),
            Feedback.Answer(start, 4, 4, 2),
        };
        var result = FeedbackResult.Of(start.Round, responses, AfterClose);
        result.IsShown.ShouldBeTrue();
        var a = result.Areas.Single(x => x.AreaId == Feedback.AreaA);
        a.OthersAverage.ShouldBe(4.0m);
        a.Rated.ShouldBe(5);
        // Only four could judge area B: below the threshold it shows no average.
        var b = result.Areas.Single(x => x.AreaId == Feedback.AreaB);
        b.OthersAverage.ShouldBeNull();
        b.Rated.ShouldBeNull();
        result.Comments.ShouldBe(["Gir tillit", "Tydelig retning"]);
    }

    [Fact]
    public void Evidence_can_be_requested_once_per_area_and_only_for_a_shown_area()
    {
        var start = Feedback.Start(invitees: 6);
        var responses = Enumerable.Range(0, 5).Select(i => Feedback.Answer(start, i, 4, i == 0 ? null : 3)).ToList();
        var result = FeedbackResult.Of(start.Round, responses, AfterClose);
        Should.Throw<BusinessException>(() => start.Round.RecordEvidenceRequest(result, Feedback.AreaB, 2, Guid.NewGuid(), AfterClose)).Code
            .ShouldBe(NavLederprogramErrorCodes.FeedbackResultHidden);
        start.Round.RecordEvidenceRequest(result, Feedback.AreaA, 3, Guid.NewGuid(), AfterClose);
        Should.Throw<BusinessException>(() => start.Round.RecordEvidenceRequest(result, Feedback.AreaA, 3, Guid.NewGuid(), AfterClose)).Code
            .ShouldBe(NavLederprogramErrorCodes.FeedbackEvidenceRequested);
        start.Round.EvidenceRequests.Count.ShouldBe(1);
    }
}
