using NavLederprogram.Entities;

namespace NavLederprogram.ELearning;

/// <summary>
/// One learner's attempt at a quiz. The questions, their options' order and the pass mark are frozen when it starts;
/// the deadline is set by the server from the time limit. It is scored once, on submission or when it is closed
/// after its deadline; a repeated submission changes nothing.
/// </summary>
public class QuizAttempt : AuditedAggregateRoot
{
    private List<QuizAttemptQuestion> _questions = [];
    private List<QuizAnswer> _answers = [];
    private List<QuizQuestionResult> _results = [];

    public Guid QuizId { get; private set; }
    public Guid CourseId { get; private set; }
    public Guid PersonId { get; private set; }

    /// <summary>1 for the learner's first attempt at the quiz; unique per learner and quiz, which is what keeps the limit.</summary>
    public int Number { get; private set; }

    public DateTime StartedAt { get; private set; }
    public DateTime? Deadline { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public QuizAttemptState State { get; private set; }
    public int PassMarkPercent { get; private set; }
    public decimal PointsPossible { get; private set; }
    public decimal? PointsScored { get; private set; }
    public decimal? ScorePercent { get; private set; }
    public bool? Passed { get; private set; }
    public IReadOnlyList<QuizAttemptQuestion> Questions => _questions;
    public IReadOnlyList<QuizAnswer> Answers => _answers;
    public IReadOnlyList<QuizQuestionResult> Results => _results;

    public bool IsOpen => State == QuizAttemptState.InProgress;

    private QuizAttempt() { }

    /// <summary>Draws the questions with <paramref name="seed"/>: the same seed and bank ask the same questions in the same order.</summary>
    public QuizAttempt(Guid id, Quiz quiz, Guid personId, int number, int seed, DateTime now) : base(id)
    {
        if (quiz.Questions.Count == 0) throw new BusinessException(NavLederprogramErrorCodes.QuizNoQuestions) { IsConflict = true };
        var random = new Random(seed);
        QuizId = quiz.Id;
        CourseId = quiz.CourseId;
        PersonId = personId;
        Number = number;
        StartedAt = now;
        Deadline = quiz.TimeLimitMinutes is { } minutes ? now.AddMinutes(minutes) : null;
        State = QuizAttemptState.InProgress;
        PassMarkPercent = quiz.PassMarkPercent;
        _questions = [.. quiz.Draw(random).Select(q => Ask(q, quiz.ShuffleOptions, random))];
        PointsPossible = _questions.Sum(q => q.Points);
    }

    /// <summary>True once the deadline and the grace for the network have passed.</summary>
    public bool IsOverdue(DateTime now) => Deadline is { } deadline && now > deadline + QuizConsts.SubmitGrace;

    /// <summary>Keeps the answers so far (each replaces the learner's earlier answer to its question).</summary>
    public void SaveAnswers(IReadOnlyList<QuizAnswer> answers, DateTime now)
    {
        EnsureOpen(now);
        Merge(answers);
    }

    /// <summary>
    /// Scores the attempt with <paramref name="answers"/> added to those saved. Returns false, changing nothing, when it
    /// was already submitted: the first result stands.
    /// </summary>
    public bool Submit(IReadOnlyList<QuizAnswer> answers, DateTime now)
    {
        if (State == QuizAttemptState.Submitted) return false;
        EnsureOpen(now);
        Merge(answers);
        Score(QuizAttemptState.Submitted, now);
        return true;
    }

    /// <summary>Closes an open attempt past its deadline, scored on the answers saved in time. True when it closed it.</summary>
    public bool CloseIfOverdue(DateTime now)
    {
        if (!IsOpen || !IsOverdue(now)) return false;
        Score(QuizAttemptState.Expired, Deadline!.Value);
        return true;
    }

    private void EnsureOpen(DateTime now)
    {
        if (State == QuizAttemptState.Expired || IsOverdue(now))
            throw new BusinessException(NavLederprogramErrorCodes.QuizTimeUp) { IsConflict = true };
        if (!IsOpen) throw new BusinessException(NavLederprogramErrorCodes.QuizAttemptClosed) { IsConflict = true };
    }

    private void Merge(IReadOnlyList<QuizAnswer> answers)
    {
        foreach (var answer in answers) Validate(answer);
        var byQuestion = _answers.ToDictionary(a => a.QuestionId);
        foreach (var answer in answers) byQuestion[answer.QuestionId] = answer with { Text = answer.Text?.Trim() };
        _answers = [.. _questions.Where(q => byQuestion.ContainsKey(q.QuestionId)).Select(q => byQuestion[q.QuestionId])];
    }

    private void Validate(QuizAnswer answer)
    {
        var question = _questions.FirstOrDefault(q => q.QuestionId == answer.QuestionId)
            ?? throw new BusinessException(NavLederprogramErrorCodes.QuizQuestionNotInAttempt, answer.QuestionId) { Field = "answers" };
        var valid = question.Kind switch
        {
            QuestionKind.SingleChoice or QuestionKind.TrueFalse => answer.OptionIds.Count <= 1 && Chosen(question, answer),
            QuestionKind.MultipleChoice => Chosen(question, answer),
            QuestionKind.ShortAnswer => (answer.Text?.Length ?? 0) <= QuizConsts.ShortAnswerMax,
            QuestionKind.Matching => answer.Matches.All(m => question.Pairs.Any(p => p.Id == m.PromptId) && question.Choices.Any(c => c.Id == m.ChoiceId))
                && answer.Matches.Select(m => m.PromptId).Distinct().Count() == answer.Matches.Count,
            _ => false,
        };
        if (!valid) throw new BusinessException(NavLederprogramErrorCodes.QuizAnswerInvalid, answer.QuestionId) { Field = "answers" };
    }

    private static bool Chosen(QuizAttemptQuestion question, QuizAnswer answer) =>
        answer.OptionIds.All(id => question.Options.Any(o => o.Id == id));

    private void Score(QuizAttemptState state, DateTime closedAt)
    {
        var answers = _answers.ToDictionary(a => a.QuestionId);
        _results = [.. _questions.Select(q => QuizScoring.Score(q, answers.GetValueOrDefault(q.QuestionId)))];
        PointsScored = _results.Sum(r => r.Points);
        ScorePercent = PointsPossible == 0 ? 0 : Math.Round(PointsScored.Value * 100 / PointsPossible, 2, MidpointRounding.AwayFromZero);
        Passed = ScorePercent >= PassMarkPercent;
        State = state;
        // Kept to the microsecond, as the databases store it: the result a repeated submission reads back is the first one.
        SubmittedAt = new DateTime(closedAt.Ticks - closedAt.Ticks % 10, closedAt.Kind);
    }

    private static QuizAttemptQuestion Ask(Question question, bool shuffleOptions, Random random)
    {
        var options = shuffleOptions && question.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice
            ? QuizScoring.Shuffle(question.Options, random)
            : [.. question.Options];
        // Matching choices are always shuffled and renamed: in the pairs' order, or under the pairs' ids, they would be the answer.
        var choices = QuizScoring.Shuffle(question.Pairs, random).Select(p => new QuizMatchChoice(NewId(random), p.Id, p.Match)).ToList();
        return new QuizAttemptQuestion(question.Id, question.Kind, question.Text, question.Points, question.Feedback, options,
            question.AcceptedAnswers, question.Pairs, choices);
    }

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
