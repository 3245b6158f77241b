using NavLederprogram.Evaluations;
using NavLederprogram.Localization;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

internal static class Evaluations
{
    public static readonly DateTime Now = new(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    public static QuestionDraft Likert(string text = "Var samlingen nyttig?") => new(null, EvaluationQuestionKind.Likert, new TranslatedText(text), []);

    public static QuestionDraft Choice() =>
        new(null, EvaluationQuestionKind.SingleChoice, new TranslatedText("Hvilken del var best?"), [new TranslatedText("Foredrag"), new TranslatedText("Gruppearbeid")]);

    public static QuestionDraft FreeText() => new(null, EvaluationQuestionKind.FreeText, new TranslatedText("Hva kan bli bedre?"), []);

    public static QuestionSet Set(int minimumAnswers = 5) =>
        new(Guid.NewGuid(), new TranslatedText("Etter samlingen"), minimumAnswers, [Likert(), Choice(), FreeText()], null);

    public static Evaluation Evaluation(QuestionSet? set = null) =>
        new(Guid.NewGuid(), set ?? Set(), "Samling 1", new EvaluationTarget(EvaluationTargetKind.Cohort, Guid.NewGuid(), Guid.NewGuid(), null, "Kull"),
            Now.AddDays(-1), Now.AddDays(7));
}

public class QuestionSetTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_threshold_below_three_is_refused(int minimum)
    {
        var e = Should.Throw<BusinessException>(() => Evaluations.Set(minimum));
        e.Code.ShouldBe(NavLederprogramErrorCodes.EvaluationMinimumAnswers);
        e.Field.ShouldBe("minimumAnswers");
    }

    [Fact]
    public void The_threshold_defaults_to_five_and_three_is_the_lowest_allowed()
    {
        EvaluationConsts.DefaultMinimumAnswers.ShouldBe(5);
        Evaluations.Set(3).MinimumAnswers.ShouldBe(3);
    }

    [Fact]
    public void A_single_choice_question_needs_two_options()
    {
        var lonely = new QuestionDraft(null, EvaluationQuestionKind.SingleChoice, new TranslatedText("Valg?"), [new TranslatedText("Ja")]);
        Should.Throw<BusinessException>(() => new QuestionSet(Guid.NewGuid(), new TranslatedText("Sett"), 5, [lonely], null))
            .Field.ShouldBe("questions[0].options");
    }

    [Fact]
    public void A_set_without_questions_is_refused() =>
        Should.Throw<BusinessException>(() => new QuestionSet(Guid.NewGuid(), new TranslatedText("Sett"), 5, [], null))
            .Code.ShouldBe(NavLederprogramErrorCodes.EvaluationNoQuestions);

    [Fact]
    public void Questions_keep_their_ids_and_take_the_order_given()
    {
        var set = Evaluations.Set();
        var first = set.Questions[0];
        set.Change(set.Name, 5, [Evaluations.FreeText(), new QuestionDraft(first.Id, first.Kind, first.Text, [])]);
        set.Questions.Select(q => q.Order).ShouldBe([1, 2]);
        set.Questions[1].Id.ShouldBe(first.Id);
    }

    [Fact]
    public void An_evaluation_keeps_the_questions_it_was_made_with_when_the_set_changes()
    {
        var set = Evaluations.Set();
        var evaluation = Evaluations.Evaluation(set);
        set.Change(set.Name, 7, [Evaluations.Likert("Nytt spørsmål")]);
        evaluation.Questions.Count.ShouldBe(3);
        evaluation.Questions[0].Text.Nb.ShouldBe("Var samlingen nyttig?");
        evaluation.MinimumAnswers.ShouldBe(5);
    }
}

public class EvaluationAnsweringTests
{
    private static IReadOnlyList<GivenAnswer> Answers(Evaluation e, int rating = 4) =>
        [new(e.Questions[0].Id, rating, null), new(e.Questions[1].Id, 1, null), new(e.Questions[2].Id, null, "Mer tid til gruppearbeid")];

    [Fact]
    public void The_window_must_close_after_it_opens()
    {
        var e = Should.Throw<BusinessException>(() => new Evaluation(Guid.NewGuid(), Evaluations.Set(), "Tittel",
            new EvaluationTarget(EvaluationTargetKind.Cohort, Guid.NewGuid(), null, null, "Kull"), Evaluations.Now, Evaluations.Now));
        e.Code.ShouldBe(NavLederprogramErrorCodes.EvaluationWindowReversed);
    }

    [Fact]
    public void An_answer_gives_a_respondent_who_is_only_that_and_a_response_with_no_person()
    {
        var evaluation = Evaluations.Evaluation();
        var person = Guid.NewGuid();
        var submission = evaluation.Answer(person, eligible: true, alreadyAnswered: false, Answers(evaluation), Evaluations.Now);
        submission.Respondent.PersonId.ShouldBe(person);
        submission.Respondent.EvaluationId.ShouldBe(evaluation.Id);
        submission.Response.EvaluationId.ShouldBe(evaluation.Id);
        submission.Response.Answers.Count.ShouldBe(3);
        submission.Response.Find(evaluation.Questions[2].Id)!.Review.ShouldBe(FreeTextReview.Pending);
        // A random (version 4) id, never the time-ordered version 7 the aggregates use.
        submission.Response.Id.Version.ShouldBe(4);
    }

    [Fact]
    public void Neither_the_response_nor_its_answers_can_hold_a_person_or_a_time()
    {
        var forbidden = new[] { typeof(DateTime), typeof(DateTime?), typeof(DateOnly), typeof(DateOnly?), typeof(DateTimeOffset), typeof(DateTimeOffset?) };
        foreach (var type in new[] { typeof(EvaluationResponse), typeof(EvaluationAnswer) })
        {
            var properties = type.GetProperties();
            properties.Where(p => forbidden.Contains(p.PropertyType)).ShouldBeEmpty();
            properties.Select(p => p.Name).Where(n => n.Contains("Person") || n.Contains("User") || n.Contains("Creat") || n.Contains("Time"))
                .ShouldBeEmpty();
        }
        typeof(EvaluationRespondent).GetProperties().Select(p => p.Name).Order().ShouldBe(["EvaluationId", "PersonId"]);
    }

    [Fact]
    public void A_second_answer_is_a_conflict()
    {
        var evaluation = Evaluations.Evaluation();
        var e = Should.Throw<BusinessException>(() => evaluation.Answer(Guid.NewGuid(), true, alreadyAnswered: true, Answers(evaluation), Evaluations.Now));
        e.Code.ShouldBe(NavLederprogramErrorCodes.EvaluationAlreadyAnswered);
        e.IsConflict.ShouldBeTrue();
    }

    [Fact]
    public void Answers_outside_the_window_are_refused()
    {
        var evaluation = Evaluations.Evaluation();
        Should.Throw<BusinessException>(() => evaluation.Answer(Guid.NewGuid(), true, false, Answers(evaluation), evaluation.OpensAt.AddSeconds(-1)))
            .Code.ShouldBe(NavLederprogramErrorCodes.EvaluationNotOpen);
        Should.Throw<BusinessException>(() => evaluation.Answer(Guid.NewGuid(), true, false, Answers(evaluation), evaluation.ClosesAt))
            .Code.ShouldBe(NavLederprogramErrorCodes.EvaluationClosed);
    }

    [Fact]
    public void A_person_who_may_not_answer_is_refused() =>
        Should.Throw<BusinessException>(() =>
        {
            var evaluation = Evaluations.Evaluation();
            return evaluation.Answer(Guid.NewGuid(), eligible: false, false, Answers(evaluation), Evaluations.Now);
        }).Code.ShouldBe(NavLederprogramErrorCodes.EvaluationNotEligible);

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_rating_outside_one_to_five_is_refused(int rating)
    {
        var evaluation = Evaluations.Evaluation();
        Should.Throw<BusinessException>(() => evaluation.Answer(Guid.NewGuid(), true, false, Answers(evaluation, rating), Evaluations.Now))
            .Field.ShouldBe("answers[0]");
    }

    [Fact]
    public void An_empty_response_is_refused()
    {
        var evaluation = Evaluations.Evaluation();
        Should.Throw<BusinessException>(() => evaluation.Answer(Guid.NewGuid(), true, false, [new(evaluation.Questions[2].Id, null, "  ")], Evaluations.Now))
            .Code.ShouldBe(NavLederprogramErrorCodes.EvaluationAnswerMissing);
    }
}

public class EvaluationResultsTests
{
    private static readonly Evaluation Subject = Evaluations.Evaluation();

    private static List<AnswerTally> Ratings(params int[] ratings) =>
        ratings.GroupBy(r => r).Select(g => new AnswerTally(Subject.Questions[0].Id, g.Key, g.Count())).ToList();

    [Fact]
    public void Below_the_threshold_nothing_is_shown()
    {
        var sheet = EvaluationResults.Compute(Subject.Questions, 5, 4, Ratings(5, 5, 4, 1), []);
        sheet.Hidden.ShouldBeTrue();
        sheet.Questions.ShouldAllBe(q => q.Hidden && q.Count == null && q.Average == null && q.Distribution == null && q.Texts == null);
    }

    [Fact]
    public void At_the_threshold_counts_average_and_distribution_are_shown()
    {
        var sheet = EvaluationResults.Compute(Subject.Questions, 5, 5, Ratings(5, 5, 4, 2, 1), []);
        sheet.Hidden.ShouldBeFalse();
        var likert = sheet.Questions[0];
        likert.Count.ShouldBe(5);
        likert.Average.ShouldBe(3.4m);
        likert.Distribution.ShouldBe([1, 1, 0, 1, 2]);
    }

    [Fact]
    public void A_question_fewer_answered_than_the_threshold_is_hidden_even_when_the_evaluation_is_shown()
    {
        var tallies = Ratings(5, 5, 4, 2, 1);
        tallies.Add(new AnswerTally(Subject.Questions[1].Id, 0, 4));
        var sheet = EvaluationResults.Compute(Subject.Questions, 5, 5, tallies, []);
        sheet.Questions[1].Hidden.ShouldBeTrue();
        sheet.Questions[1].Distribution.ShouldBeNull();
    }

    [Fact]
    public void A_threshold_passed_below_three_still_counts_as_three() =>
        EvaluationResults.Compute(Subject.Questions, 1, 2, Ratings(5, 4), []).Hidden.ShouldBeTrue();

    [Fact]
    public void Free_texts_are_the_released_ones_in_alphabetical_order()
    {
        var q = Subject.Questions[2].Id;
        var tallies = Ratings(5, 5, 4, 2, 1);
        tallies.Add(new AnswerTally(q, null, 5));
        var sheet = EvaluationResults.Compute(Subject.Questions, 5, 5, tallies, [new(q, "Åpen dialog"), new(q, "Bedre pauser")]);
        sheet.Questions[2].Texts.ShouldBe(["Bedre pauser", "Åpen dialog"]);
    }

    [Fact]
    public void Review_releases_a_text_as_written_or_as_redacted()
    {
        var evaluation = Evaluations.Evaluation();
        var answer = evaluation.Answer(Guid.NewGuid(), true, false, [new(evaluation.Questions[2].Id, null, "Kari var flink")], Evaluations.Now)
            .Response.Answers[0];
        answer.ReleasedText.ShouldBeNull();
        answer.Redact("[navn] var flink");
        answer.ReleasedText.ShouldBe("[navn] var flink");
        answer.Approve();
        answer.ReleasedText.ShouldBe("Kari var flink");
    }
}
