using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>
/// A quiz of a course with its question bank. Attempts copy the questions they ask when they start, so editing the
/// quiz never changes an attempt, its score or its feedback.
/// </summary>
public class Quiz : AuditedAggregateRoot
{
    private List<Question> _questions = [];
    private List<QuizDraw> _draws = [];

    public Guid CourseId { get; private set; }
    public TranslatedText Title { get; private set; } = TranslatedText.Empty;
    public int PassMarkPercent { get; private set; }
    public int? AttemptLimit { get; private set; }
    public int? TimeLimitMinutes { get; private set; }
    public bool ShuffleQuestions { get; private set; }
    public bool ShuffleOptions { get; private set; }
    public IReadOnlyList<QuizDraw> Draws => _draws;
    public IReadOnlyList<Question> Questions => _questions;

    private Quiz() { }

    public Quiz(Guid id, Guid courseId, QuizSettings settings) : base(id)
    {
        CourseId = courseId;
        ChangeSettings(settings);
    }

    public void ChangeSettings(QuizSettings settings)
    {
        Title = settings.Title;
        PassMarkPercent = settings.PassMarkPercent;
        AttemptLimit = settings.AttemptLimit;
        TimeLimitMinutes = settings.TimeLimitMinutes;
        ShuffleQuestions = settings.ShuffleQuestions;
        ShuffleOptions = settings.ShuffleOptions;
        // One draw per pool: the last one written wins, and a pool drawn from nothing draws nothing.
        _draws = [.. settings.Draws.Select(d => d with { Pool = d.Pool.Trim() }).GroupBy(d => d.Pool).Select(g => g.Last())];
    }

    public Question AddQuestion(Guid id, QuestionContent content)
    {
        var question = Question.Create(id, content);
        _questions = [.. _questions, question];
        return question;
    }

    public Question ChangeQuestion(Guid id, QuestionContent content)
    {
        var index = _questions.FindIndex(q => q.Id == id);
        if (index < 0) throw new EntityNotFoundException(typeof(Question), id);
        var question = Question.Create(id, content);
        _questions = [.. _questions[..index], question, .. _questions[(index + 1)..]];
        return question;
    }

    public void RemoveQuestion(Guid id)
    {
        if (_questions.RemoveAll(q => q.Id == id) == 0) throw new EntityNotFoundException(typeof(Question), id);
        _questions = [.. _questions];
    }

    /// <summary>
    /// The questions of one attempt: from each pool with a draw, that many at random (all when the pool has fewer);
    /// from every other pool, all. In the bank's order unless questions are shuffled. The same seed draws the same.
    /// </summary>
    public IReadOnlyList<Question> Draw(Random random)
    {
        var drawn = new HashSet<Guid>();
        foreach (var pool in _questions.GroupBy(q => q.Pool))
        {
            var draw = _draws.FirstOrDefault(d => d.Pool == pool.Key);
            var chosen = draw is null ? pool.ToList() : QuizScoring.Shuffle(pool.ToList(), random).Take(draw.Count);
            drawn.UnionWith(chosen.Select(q => q.Id));
        }
        var questions = _questions.Where(q => drawn.Contains(q.Id)).ToList();
        return ShuffleQuestions ? QuizScoring.Shuffle(questions, random) : questions;
    }
}
