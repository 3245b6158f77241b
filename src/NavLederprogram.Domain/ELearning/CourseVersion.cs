using NavLederprogram.Competence;
using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>
/// A version of a course. A draft is edited freely; publishing freezes it, and a published version is never edited in
/// place: a change is a new draft (<see cref="CopyAsDraft"/>), published in its turn. Learners finish the version they
/// started, so a superseded version stays readable.
/// </summary>
public class CourseVersion : AuditedAggregateRoot
{
    private List<Lesson> _lessons = [];

    public Guid CourseId { get; private set; }
    public int Number { get; private set; }
    public CourseVersionStatus Status { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public TranslatedText Title { get; private set; } = TranslatedText.Empty;
    public TranslatedText Summary { get; private set; } = TranslatedText.Empty;
    public TranslatedText Description { get; private set; } = TranslatedText.Empty;
    public CourseCategory Category { get; private set; }
    /// <summary>The language the content is written in ("nb", "nn", "en" or "se"), whatever language the texts about it have.</summary>
    public string ContentLanguage { get; private set; } = "nb";
    public int EstimatedMinutes { get; private set; }
    /// <summary>The job roles the course is written for; the catalogue filters and suggests by them.</summary>
    public List<Guid> TargetJobRoleIds { get; private set; } = [];
    /// <summary>The competence completing the course gives.</summary>
    public List<CompetenceGrant> Grants { get; private set; } = [];
    public CourseCompletionRule CompletionRule { get; private set; }
    /// <summary>In their order.</summary>
    public IReadOnlyList<Lesson> Lessons => _lessons;

    private CourseVersion() { }

    internal CourseVersion(Guid id, Guid courseId, int number, CourseDetails details) : base(id)
    {
        CourseId = courseId;
        Number = number;
        Status = CourseVersionStatus.Draft;
        SetDetails(details);
    }

    public bool IsDraft => Status == CourseVersionStatus.Draft;

    public CourseDetails Details => new(Title, Summary, Description, Category, ContentLanguage, EstimatedMinutes, [.. TargetJobRoleIds], [.. Grants], CompletionRule);

    public Lesson GetLesson(Guid lessonId) =>
        _lessons.FirstOrDefault(l => l.Id == lessonId) ?? throw new BusinessException(NavLederprogramErrorCodes.LessonNotFound) { Field = "lessonId" };

    public Lesson? FindLesson(Guid lessonId) => _lessons.FirstOrDefault(l => l.Id == lessonId);

    public void ChangeDetails(CourseDetails details)
    {
        EnsureDraft();
        SetDetails(details);
    }

    public Lesson AddLesson(LessonContent content)
    {
        EnsureDraft();
        if (_lessons.Count >= ELearningConsts.MaxLessons)
            throw new BusinessException(NavLederprogramErrorCodes.CourseTooManyLessons, ELearningConsts.MaxLessons) { IsConflict = true };
        EnsureOneOfEach(content.Kind, null);
        var lesson = new Lesson(Guid.CreateVersion7(), _lessons.Count + 1, content);
        _lessons.Add(lesson);
        return lesson;
    }

    public void ChangeLesson(Guid lessonId, LessonContent content)
    {
        EnsureDraft();
        var lesson = GetLesson(lessonId);
        EnsureOneOfEach(content.Kind, lessonId);
        lesson.Change(content);
    }

    public void RemoveLesson(Guid lessonId)
    {
        EnsureDraft();
        _lessons.Remove(GetLesson(lessonId));
        Renumber([.. _lessons]);
    }

    /// <summary>Moves a lesson to a new place (1-based) in the order; a place beyond either end is the end.</summary>
    public void MoveLesson(Guid lessonId, int newOrder)
    {
        EnsureDraft();
        var lesson = GetLesson(lessonId);
        var ordered = _lessons.ToList();
        ordered.Remove(lesson);
        ordered.Insert(Math.Clamp(newOrder, 1, ordered.Count + 1) - 1, lesson);
        Renumber(ordered);
    }

    /// <summary>
    /// Freezes the draft for learners. It needs a lesson, every lesson ready to be shown, and a completion rule that its
    /// lessons can meet: a quiz to pass, a package to complete.
    /// </summary>
    public void Publish(DateTime now)
    {
        EnsureDraft();
        if (_lessons.Count == 0) throw new BusinessException(NavLederprogramErrorCodes.CourseNeedsLessons) { IsConflict = true };
        if (_lessons.FirstOrDefault(l => !l.IsReady) is { } unready)
            throw new BusinessException(NavLederprogramErrorCodes.LessonIncomplete, unready.Order, unready.Title.Nb) { IsConflict = true };
        if (CompletionRule == CourseCompletionRule.None)
            throw new BusinessException(NavLederprogramErrorCodes.CourseNeedsCompletionRule) { IsConflict = true, Field = "completionRule" };
        if (CompletionRule.HasFlag(CourseCompletionRule.QuizPassed) && QuizLesson is null)
            throw new BusinessException(NavLederprogramErrorCodes.CourseRuleNeedsQuiz) { IsConflict = true, Field = "completionRule" };
        if ((CompletionRule & (CourseCompletionRule.ScormCompleted | CourseCompletionRule.ScormPassed)) != 0 && ScormLesson is null)
            throw new BusinessException(NavLederprogramErrorCodes.CourseRuleNeedsScorm) { IsConflict = true, Field = "completionRule" };
        Status = CourseVersionStatus.Published;
        PublishedAt = now;
    }

    /// <summary>A newer version is published: this one is no longer started, but those who started it finish it.</summary>
    public void Supersede()
    {
        if (Status != CourseVersionStatus.Published) throw new BusinessException(NavLederprogramErrorCodes.CourseVersionNotPublished) { IsConflict = true };
        Status = CourseVersionStatus.Superseded;
    }

    /// <summary>A new draft that starts from this version, keeping the lessons' ids so that progress can be followed across versions.</summary>
    public CourseVersion CopyAsDraft(Guid newId, int number)
    {
        var draft = new CourseVersion(newId, CourseId, number, Details);
        foreach (var lesson in _lessons) draft._lessons.Add(lesson.Copy());
        return draft;
    }

    /// <summary>The version's quiz lesson; a course has at most one.</summary>
    public Lesson? QuizLesson => _lessons.FirstOrDefault(l => l.Kind == LessonKind.Quiz);

    /// <summary>The version's SCORM package lesson; a course has at most one (a package may hold several SCOs).</summary>
    public Lesson? ScormLesson => _lessons.FirstOrDefault(l => l.Kind == LessonKind.ScormPackage);

    private void SetDetails(CourseDetails details)
    {
        if (string.IsNullOrWhiteSpace(details.Title.Nb)) throw new BusinessException(NavLederprogramErrorCodes.CourseTitleRequired) { Field = "title" };
        if (!ELearningConsts.ContentLanguages.Contains(details.ContentLanguage))
            throw new BusinessException(NavLederprogramErrorCodes.CourseLanguageUnknown) { Field = "contentLanguage" };
        if (details.Grants.Any(g => g.Level < 1 || g.ValidMonths is < 1 or > ELearningConsts.MaxValidMonths)
            || details.Grants.DistinctBy(g => g.CompetenceAreaId).Count() != details.Grants.Count)
            throw new BusinessException(NavLederprogramErrorCodes.CourseGrantInvalid) { Field = "grants" };
        Title = details.Title;
        Summary = details.Summary;
        Description = details.Description;
        Category = details.Category;
        ContentLanguage = details.ContentLanguage;
        EstimatedMinutes = Math.Clamp(details.EstimatedMinutes, 0, ELearningConsts.MaxEstimatedMinutes);
        TargetJobRoleIds = [.. details.TargetJobRoleIds.Distinct()];
        Grants = [.. details.Grants];
        CompletionRule = details.CompletionRule;
    }

    private void EnsureOneOfEach(LessonKind kind, Guid? changing)
    {
        bool Other(LessonKind k) => _lessons.Any(l => l.Kind == k && l.Id != changing);
        if (kind == LessonKind.Quiz && Other(LessonKind.Quiz))
            throw new BusinessException(NavLederprogramErrorCodes.CourseOneQuiz) { IsConflict = true, Field = "kind" };
        if (kind == LessonKind.ScormPackage && Other(LessonKind.ScormPackage))
            throw new BusinessException(NavLederprogramErrorCodes.CourseOneScormPackage) { IsConflict = true, Field = "kind" };
    }

    private void EnsureDraft()
    {
        if (!IsDraft) throw new BusinessException(NavLederprogramErrorCodes.CourseVersionNotDraft) { IsConflict = true };
    }

    private void Renumber(List<Lesson> ordered)
    {
        var order = 1;
        foreach (var lesson in ordered) lesson.Order = order++;
        _lessons.Clear();
        _lessons.AddRange(ordered);
    }
}
