using NavLederprogram.ELearning;
using NavLederprogram.Localization;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

public class QuizTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 9, 0, 0, DateTimeKind.Utc);

    private static QuizSettings Settings(int passMark = 60, int? attempts = null, int? minutes = null, bool shuffleQuestions = false,
        bool shuffleOptions = false, params QuizDraw[] draws) =>
        new(new TranslatedText("Prøve i NAV-loven"), passMark, attempts, minutes, shuffleQuestions, shuffleOptions, draws);

    private static QuestionOption Option(string text, bool correct) => new(Guid.NewGuid(), new TranslatedText(text), correct);

    private static QuestionContent Choice(QuestionKind kind, params QuestionOption[] options) =>
        new(kind, null, new TranslatedText("Hvilke?"), 2, null, options, null, [], []);

    private static QuestionContent ShortAnswer(params string[] accepted) =>
        new(QuestionKind.ShortAnswer, null, new TranslatedText("Hva heter loven?"), 1, null, [], null, accepted, []);

    private static QuestionContent TrueFalse(bool trueIsCorrect, string pool = "") =>
        new(QuestionKind.TrueFalse, pool, new TranslatedText("NAV-kontoret er et partnerskap."), 1, null, [], trueIsCorrect, [], []);

    private static QuestionContent Matching(int pairs) =>
        new(QuestionKind.Matching, null, new TranslatedText("Koble sammen"), 3, null, [], null, [],
            [.. Enumerable.Range(1, pairs).Select(i => new QuestionPair(Guid.NewGuid(), new TranslatedText($"Lov {i}"), new TranslatedText($"Paragraf {i}")))]);

    private static QuizAttempt Start(Quiz quiz, int seed = 1, DateTime? at = null) => new(Guid.NewGuid(), quiz, Guid.NewGuid(), 1, seed, at ?? Now);

    private static QuizAnswer Options(Guid questionId, params Guid[] ids) => new(questionId, ids, null, []);

    private static QuizAnswer Text(Guid questionId, string text) => new(questionId, [], text, []);

    private static QuizAttempt Answered(QuestionContent content, Func<QuizAttemptQuestion, QuizAnswer> answer)
    {
        var quiz = new Quiz(Guid.NewGuid(), Guid.NewGuid(), Settings());
        quiz.AddQuestion(Guid.NewGuid(), content);
        var attempt = Start(quiz);
        attempt.Submit([answer(attempt.Questions[0])], Now.AddMinutes(1));
        return attempt;
    }

    [Fact]
    public void Single_choice_and_true_false_score_all_or_nothing()
    {
        var right = Option("Ja", true);
        var wrong = Option("Nei", false);
        Answered((Choice(QuestionKind.SingleChoice, right, wrong)), q => Options(q.QuestionId, right.Id)).PointsScored.ShouldBe(2);
        Answered((Choice(QuestionKind.SingleChoice, right, wrong)), q => Options(q.QuestionId, wrong.Id)).Results[0].Outcome
            .ShouldBe(QuestionOutcome.Incorrect);
        var truth = Answered((TrueFalse(trueIsCorrect: false)), q => Options(q.QuestionId, QuizConsts.FalseOptionId));
        truth.Results[0].Outcome.ShouldBe(QuestionOutcome.Correct);
        truth.Questions[0].Options.Select(o => o.Text.Resolve("en").Text).ShouldBe(["True", "False"]);
    }

    [Fact]
    public void Multiple_choice_earns_a_share_per_right_option_and_loses_one_per_wrong_option_never_below_zero()
    {
        var a = Option("A", true);
        var b = Option("B", true);
        var c = Option("C", false);
        var d = Option("D", false);
        var content = Choice(QuestionKind.MultipleChoice, a, b, c, d);
        Answered(content, q => Options(q.QuestionId, a.Id, b.Id)).PointsScored.ShouldBe(2);
        var half = Answered(content, q => Options(q.QuestionId, a.Id));
        half.PointsScored.ShouldBe(1);
        half.Results[0].Outcome.ShouldBe(QuestionOutcome.PartlyCorrect);
        Answered(content, q => Options(q.QuestionId, a.Id, b.Id, c.Id)).PointsScored.ShouldBe(1);
        Answered(content, q => Options(q.QuestionId, a.Id, b.Id, c.Id, d.Id)).PointsScored.ShouldBe(0);
        Answered(content, q => Options(q.QuestionId, c.Id, d.Id)).PointsScored.ShouldBe(0);
    }

    [Fact]
    public void Matching_earns_a_share_per_prompt_matched_right_and_its_choices_do_not_reveal_the_pairs()
    {
        var attempt = Answered((Matching(3)), q =>
        {
            q.Choices.Select(c => c.Id).ShouldNotContain(id => q.Pairs.Any(p => p.Id == id));
            var first = q.Pairs[0];
            var second = q.Pairs[1];
            return new QuizAnswer(q.QuestionId, [], null,
            [
                new QuizMatch(first.Id, q.Choices.Single(c => c.PairId == first.Id).Id),
                new QuizMatch(second.Id, q.Choices.Single(c => c.PairId == q.Pairs[2].Id).Id),
            ]);
        });
        attempt.PointsScored.ShouldBe(1);
        attempt.Results[0].Outcome.ShouldBe(QuestionOutcome.PartlyCorrect);
    }

    [Theory]
    [InlineData("Arbeids- og velferdsforvaltningsloven", true)]
    [InlineData("  arbeids-   og\tVELFERDSFORVALTNINGSLOVEN ", true)]
    [InlineData("NAV-loven", true)]
    [InlineData("Arbeidsmiljøloven", false)]
    [InlineData("Arbeids-og velferdsforvaltningsloven", false)]
    public void A_short_answer_is_right_when_it_equals_an_accepted_answer_after_case_and_whitespace_are_normalized(string answer, bool right) =>
        Answered((ShortAnswer("Arbeids- og velferdsforvaltningsloven", "NAV-loven")), q => Text(q.QuestionId, answer))
            .Results[0].Outcome.ShouldBe(right ? QuestionOutcome.Correct : QuestionOutcome.Incorrect);

    [Fact]
    public void A_short_answer_in_decomposed_unicode_matches_the_composed_accepted_answer()
    {
        var composed = "Kafé på Tromsø";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        decomposed.ShouldNotBe(composed);
        Answered((ShortAnswer(composed)), q => Text(q.QuestionId, decomposed)).Results[0].Outcome.ShouldBe(QuestionOutcome.Correct);
    }

    [Fact]
    public void The_score_is_the_share_of_points_and_passing_needs_the_pass_mark()
    {
        var quiz = new Quiz(Guid.NewGuid(), Guid.NewGuid(), Settings(passMark: 75));
        var questions = Enumerable.Range(0, 4).Select(_ => quiz.AddQuestion(Guid.NewGuid(), TrueFalse(true))).ToList();
        var three = Start(quiz);
        three.Submit([.. questions.Take(3).Select(q => Options(q.Id, QuizConsts.TrueOptionId))], Now);
        three.ScorePercent.ShouldBe(75);
        three.Passed.ShouldBe(true);
        var two = Start(quiz);
        two.Submit([.. questions.Take(2).Select(q => Options(q.Id, QuizConsts.TrueOptionId))], Now);
        two.ScorePercent.ShouldBe(50);
        two.Passed.ShouldBe(false);
        two.Results.Count(r => r.Outcome == QuestionOutcome.Unanswered).ShouldBe(2);
    }

    [Theory]
    [InlineData(QuestionKind.SingleChoice, 0, NavLederprogramErrorCodes.QuestionNeedsOneCorrect)]
    [InlineData(QuestionKind.SingleChoice, 2, NavLederprogramErrorCodes.QuestionNeedsOneCorrect)]
    [InlineData(QuestionKind.MultipleChoice, 0, NavLederprogramErrorCodes.QuestionNeedsCorrect)]
    public void A_choice_question_needs_its_correct_options(QuestionKind kind, int correct, string code) =>
        Should.Throw<BusinessException>(() => Question.Create(Guid.NewGuid(),
            Choice(kind, Option("A", correct > 0), Option("B", correct > 1), Option("C", false)))).Code.ShouldBe(code);

    [Fact]
    public void Every_kind_needs_what_it_is_answered_with()
    {
        Should.Throw<BusinessException>(() => Question.Create(Guid.NewGuid(), Choice(QuestionKind.SingleChoice, Option("A", true))))
            .Code.ShouldBe(NavLederprogramErrorCodes.QuestionNeedsOptions);
        Should.Throw<BusinessException>(() => Question.Create(Guid.NewGuid(), ShortAnswer("  ", ""))).Code
            .ShouldBe(NavLederprogramErrorCodes.QuestionNeedsAcceptedAnswer);
        Should.Throw<BusinessException>(() => Question.Create(Guid.NewGuid(), Matching(1))).Code.ShouldBe(NavLederprogramErrorCodes.QuestionNeedsPairs);
        var noAnswer = TrueFalse(true) with { TrueIsCorrect = null };
        Should.Throw<BusinessException>(() => Question.Create(Guid.NewGuid(), noAnswer)).Field.ShouldBe("trueIsCorrect");
    }

    [Fact]
    public void Draws_and_shuffles_are_the_same_for_the_same_seed_and_take_the_count_from_each_pool()
    {
        var quiz = new Quiz(Guid.NewGuid(), Guid.NewGuid(), Settings(shuffleQuestions: true, shuffleOptions: true, draws: [new QuizDraw("lov", 3)]));
        for (var i = 0; i < 10; i++) quiz.AddQuestion(Guid.NewGuid(), TrueFalse(true, "lov"));
        for (var i = 0; i < 2; i++) quiz.AddQuestion(Guid.NewGuid(), TrueFalse(true, "etikk"));
        for (var i = 0; i < 2; i++) quiz.AddQuestion(Guid.NewGuid(), Choice(QuestionKind.MultipleChoice, Option("A", true), Option("B", false), Option("C", true), Option("D", false)));

        var first = Start(quiz, seed: 42);
        var again = Start(quiz, seed: 42);
        first.Questions.Count.ShouldBe(3 + 2 + 2);
        first.Questions.Select(q => q.QuestionId).ShouldBe(again.Questions.Select(q => q.QuestionId));
        first.Questions.Select(q => string.Join(",", q.Options.Select(o => o.Id))).ShouldBe(again.Questions.Select(q => string.Join(",", q.Options.Select(o => o.Id))));
        var pooled = quiz.Questions.Where(q => q.Pool == "lov").Select(q => q.Id).ToHashSet();
        first.Questions.Count(q => pooled.Contains(q.QuestionId)).ShouldBe(3);

        var draws = Enumerable.Range(0, 20).Select(seed => string.Join(",", Start(quiz, seed).Questions.Select(q => q.QuestionId))).Distinct().Count();
        draws.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void An_answer_to_a_question_not_in_the_attempt_or_naming_an_option_the_question_lacks_is_refused_and_nothing_is_kept()
    {
        var quiz = new Quiz(Guid.NewGuid(), Guid.NewGuid(), Settings(draws: [new QuizDraw("", 1)]));
        var asked = quiz.AddQuestion(Guid.NewGuid(), TrueFalse(true));
        var other = quiz.AddQuestion(Guid.NewGuid(), TrueFalse(true));
        var attempt = Start(quiz, seed: 3);
        var inAttempt = attempt.Questions[0].QuestionId;
        var notInAttempt = inAttempt == asked.Id ? other.Id : asked.Id;

        Should.Throw<BusinessException>(() => attempt.SaveAnswers([Options(inAttempt, QuizConsts.TrueOptionId), Options(notInAttempt, QuizConsts.TrueOptionId)], Now))
            .Code.ShouldBe(NavLederprogramErrorCodes.QuizQuestionNotInAttempt);
        Should.Throw<BusinessException>(() => attempt.Submit([Options(inAttempt, Guid.NewGuid())], Now)).Code.ShouldBe(NavLederprogramErrorCodes.QuizAnswerInvalid);
        Should.Throw<BusinessException>(() => attempt.Submit([Options(inAttempt, QuizConsts.TrueOptionId, QuizConsts.FalseOptionId)], Now))
            .Code.ShouldBe(NavLederprogramErrorCodes.QuizAnswerInvalid);
        attempt.Answers.ShouldBeEmpty();
        attempt.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void The_server_deadline_allows_a_few_seconds_for_the_network_and_then_refuses_answers()
    {
        var quiz = new Quiz(Guid.NewGuid(), Guid.NewGuid(), Settings(minutes: 10));
        var question = quiz.AddQuestion(Guid.NewGuid(), TrueFalse(true));
        var inGrace = Start(quiz);
        inGrace.Deadline.ShouldBe(Now.AddMinutes(10));
        inGrace.Submit([Options(question.Id, QuizConsts.TrueOptionId)], Now.AddMinutes(10).AddSeconds(4)).ShouldBeTrue();
        inGrace.State.ShouldBe(QuizAttemptState.Submitted);

        var late = Start(quiz);
        late.SaveAnswers([Options(question.Id, QuizConsts.TrueOptionId)], Now.AddMinutes(9));
        Should.Throw<BusinessException>(() => late.Submit([Options(question.Id, QuizConsts.FalseOptionId)], Now.AddMinutes(10).AddSeconds(6)))
            .Code.ShouldBe(NavLederprogramErrorCodes.QuizTimeUp);
        late.CloseIfOverdue(Now.AddMinutes(10).AddSeconds(6)).ShouldBeTrue();
        late.State.ShouldBe(QuizAttemptState.Expired);
        late.SubmittedAt.ShouldBe(late.Deadline);
        late.ScorePercent.ShouldBe(100);
        Should.Throw<BusinessException>(() => late.Submit([], Now.AddMinutes(11))).Code.ShouldBe(NavLederprogramErrorCodes.QuizTimeUp);
    }

    [Fact]
    public void A_second_submission_changes_nothing_and_keeps_the_first_result()
    {
        var quiz = new Quiz(Guid.NewGuid(), Guid.NewGuid(), Settings());
        var question = quiz.AddQuestion(Guid.NewGuid(), TrueFalse(true));
        var attempt = Start(quiz);
        attempt.Submit([Options(question.Id, QuizConsts.TrueOptionId)], Now).ShouldBeTrue();
        attempt.Submit([Options(question.Id, QuizConsts.FalseOptionId)], Now.AddMinutes(1)).ShouldBeFalse();
        attempt.ScorePercent.ShouldBe(100);
        attempt.SubmittedAt.ShouldBe(Now);
        Should.Throw<BusinessException>(() => attempt.SaveAnswers([], Now)).Code.ShouldBe(NavLederprogramErrorCodes.QuizAttemptClosed);
    }

    [Fact]
    public void Editing_the_quiz_does_not_change_an_attempt_already_started()
    {
        var quiz = new Quiz(Guid.NewGuid(), Guid.NewGuid(), Settings(passMark: 50));
        var question = quiz.AddQuestion(Guid.NewGuid(), TrueFalse(true));
        var attempt = Start(quiz);
        quiz.ChangeQuestion(question.Id, TrueFalse(false));
        quiz.ChangeSettings(Settings(passMark: 100));
        quiz.AddQuestion(Guid.NewGuid(), TrueFalse(true));
        attempt.Submit([Options(question.Id, QuizConsts.TrueOptionId)], Now);
        attempt.Questions.Count.ShouldBe(1);
        attempt.ScorePercent.ShouldBe(100);
        attempt.PassMarkPercent.ShouldBe(50);
    }

    [Fact]
    public void A_quiz_without_questions_cannot_be_started()
    {
        var quiz = new Quiz(Guid.NewGuid(), Guid.NewGuid(), Settings());
        Should.Throw<BusinessException>(() => Start(quiz)).Code.ShouldBe(NavLederprogramErrorCodes.QuizNoQuestions);
    }

    [Fact]
    public async Task An_open_attempt_is_resumed_an_overdue_one_closed_and_no_attempt_starts_beyond_the_limit()
    {
        var quiz = new Quiz(Guid.NewGuid(), Guid.NewGuid(), Settings(attempts: 2, minutes: 5));
        var question = quiz.AddQuestion(Guid.NewGuid(), TrueFalse(true));
        var repository = new ListAttempts();
        var manager = new QuizAttemptManager(repository);
        var person = Guid.NewGuid();

        var first = await manager.StartAsync(quiz, person, 1, Now);
        first.IsNew.ShouldBeTrue();
        first.Attempt.Number.ShouldBe(1);
        await repository.InsertAsync(first.Attempt);
        (await manager.StartAsync(quiz, person, 2, Now.AddMinutes(1))).Attempt.ShouldBeSameAs(first.Attempt);

        (await manager.CloseOverdueAsync(quiz.Id, person, Now.AddMinutes(6))).ShouldBe([first.Attempt]);
        var second = await manager.StartAsync(quiz, person, 3, Now.AddMinutes(6));
        second.Attempt.Number.ShouldBe(2);
        await repository.InsertAsync(second.Attempt);
        second.Attempt.Submit([Options(question.Id, QuizConsts.TrueOptionId)], Now.AddMinutes(7));

        Should.Throw<BusinessException>(() => manager.StartAsync(quiz, person, 4, Now.AddMinutes(8))).Code
            .ShouldBe(NavLederprogramErrorCodes.QuizAttemptLimitReached);
        (await manager.StartAsync(quiz, Guid.NewGuid(), 5, Now)).IsNew.ShouldBeTrue();
    }

    private sealed class ListAttempts : IQuizAttemptRepository
    {
        private readonly List<QuizAttempt> _attempts = [];

        public Task<QuizAttempt?> FindAsync(Guid id, CancellationToken ct = default) => Task.FromResult(_attempts.FirstOrDefault(a => a.Id == id));

        public Task<IReadOnlyList<QuizAttempt>> GetListAsync(Guid quizId, Guid personId, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<QuizAttempt>>([.. _attempts.Where(a => a.QuizId == quizId && a.PersonId == personId).OrderBy(a => a.Number)]);

        public Task InsertAsync(QuizAttempt attempt, CancellationToken ct = default)
        {
            _attempts.Add(attempt);
            return Task.CompletedTask;
        }

        public Task<bool> TrySaveAsync(QuizAttempt attempt, CancellationToken ct = default) => Task.FromResult(true);

        public async Task<bool> TryInsertAsync(QuizAttempt attempt, CancellationToken ct = default)
        {
            if (_attempts.Any(a => a.QuizId == attempt.QuizId && a.PersonId == attempt.PersonId && a.Number == attempt.Number)) return false;
            await InsertAsync(attempt, ct);
            return true;
        }
    }
}
