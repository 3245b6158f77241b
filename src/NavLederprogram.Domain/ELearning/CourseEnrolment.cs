using NavLederprogram.ELearning.Events;
using NavLederprogram.Entities;

namespace NavLederprogram.ELearning;

/// <summary>
/// A learner's course: the version they started (they finish it even when a newer one is published), their progress
/// lesson by lesson, the results their quiz and SCORM package reported, and when the course was completed. Every
/// change re-evaluates the version's <see cref="CourseCompletionRule"/>; the first time it is met the course is
/// completed and <see cref="CourseCompleted"/> carries the version's grants to the competence module.
/// </summary>
public class CourseEnrolment : AuditedAggregateRoot
{
    public Guid PersonId { get; private set; }
    public Guid CourseId { get; private set; }
    public Guid CourseVersionId { get; private set; }
    public CourseEnrolmentSource Source { get; private set; }
    /// <summary>The deadline of an assignment or a requirement, if any.</summary>
    public DateOnly? DueOn { get; private set; }
    /// <summary>When the learner first opened a lesson; null while the course is only enrolled in.</summary>
    public DateTime? StartedAt { get; private set; }
    /// <summary>The lesson the learner opened last, where the player resumes.</summary>
    public Guid? LastLessonId { get; private set; }
    public List<LessonProgress> Lessons { get; private set; } = [];
    public decimal? QuizBestScorePercent { get; private set; }
    public DateTime? QuizPassedAt { get; private set; }
    public bool ScormCompleted { get; private set; }
    /// <summary>Null while the package has reported no success status (and no score to compare with its mastery score).</summary>
    public bool? ScormPassed { get; private set; }
    public decimal? ScormScorePercent { get; private set; }
    public DateTime? CompletedAt { get; private set; }

    private CourseEnrolment() { }

    /// <summary>Enrols a learner in a published version of a course.</summary>
    public CourseEnrolment(Guid id, Guid personId, CourseVersion version, CourseEnrolmentSource source, DateOnly? dueOn) : base(id)
    {
        if (version.Status != CourseVersionStatus.Published)
            throw new BusinessException(NavLederprogramErrorCodes.CourseVersionNotPublished) { IsConflict = true };
        PersonId = personId;
        CourseId = version.CourseId;
        CourseVersionId = version.Id;
        Source = source;
        DueOn = dueOn;
    }

    public bool IsCompleted => CompletedAt is not null;

    /// <summary>
    /// A deadline set later (an assignment, a requirement) is kept if it is earlier than the one the learner has; an
    /// assignment or a requirement also says more about why the learner takes the course than their own choice did.
    /// </summary>
    public void Assign(CourseEnrolmentSource source, DateOnly? dueOn)
    {
        if (dueOn is not null && (DueOn is null || dueOn < DueOn)) DueOn = dueOn;
        if (Source == CourseEnrolmentSource.Self && source != CourseEnrolmentSource.Self) Source = source;
    }

    /// <summary>The learner opens a lesson: it is recorded as viewed and becomes the place to resume.</summary>
    public void OpenLesson(CourseVersion version, Guid lessonId, DateTime now)
    {
        var lesson = LessonOf(version, lessonId);
        StartedAt ??= now;
        LastLessonId = lesson.Id;
        ProgressOf(lesson.Id, now);
    }

    /// <summary>The learner marks a lesson completed. A quiz or a package completes its lesson by its result instead.</summary>
    public void CompleteLesson(CourseVersion version, Guid lessonId, DateTime now)
    {
        var lesson = LessonOf(version, lessonId);
        if (lesson.CompletesByResult) throw new BusinessException(NavLederprogramErrorCodes.LessonCompletesItself) { IsConflict = true };
        StartedAt ??= now;
        ProgressOf(lesson.Id, now).CompletedAt ??= now;
        Evaluate(version, now);
    }

    /// <summary>A quiz attempt was scored (on the server). The best score is kept; a pass completes the quiz lesson.</summary>
    public void RecordQuizResult(CourseVersion version, decimal scorePercent, bool passed, DateTime now)
    {
        EnsureVersion(version);
        StartedAt ??= now;
        if (QuizBestScorePercent is null || scorePercent > QuizBestScorePercent) QuizBestScorePercent = scorePercent;
        if (passed)
        {
            QuizPassedAt ??= now;
            if (version.QuizLesson is { } lesson) ProgressOf(lesson.Id, now).CompletedAt ??= now;
        }
        Evaluate(version, now);
    }

    /// <summary>
    /// The SCORM package reported its status. <paramref name="passed"/> is the package's success status or, when it
    /// reports none, whether its score reached the mastery score (the caller knows the package); null when neither is
    /// known. A package that has once completed or passed stays so: a later session cannot take it back.
    /// </summary>
    public void RecordScormResult(CourseVersion version, bool completed, bool? passed, decimal? scorePercent, DateTime now)
    {
        EnsureVersion(version);
        StartedAt ??= now;
        ScormCompleted |= completed;
        if (passed is not null && ScormPassed is not true) ScormPassed = passed;
        if (scorePercent is not null) ScormScorePercent = scorePercent;
        if ((ScormCompleted || ScormPassed is true) && version.ScormLesson is { } lesson) ProgressOf(lesson.Id, now).CompletedAt ??= now;
        Evaluate(version, now);
    }

    /// <summary>Whether each part of the version's completion rule is met.</summary>
    public bool Meets(CourseVersion version)
    {
        var rule = version.CompletionRule;
        if (rule == CourseCompletionRule.None) return false;
        var completed = Lessons.Where(p => p.CompletedAt is not null).Select(p => p.LessonId).ToHashSet();
        return (!rule.HasFlag(CourseCompletionRule.AllLessons) || version.Lessons.All(l => completed.Contains(l.Id)))
            && (!rule.HasFlag(CourseCompletionRule.QuizPassed) || QuizPassedAt is not null)
            && (!rule.HasFlag(CourseCompletionRule.ScormCompleted) || ScormCompleted)
            && (!rule.HasFlag(CourseCompletionRule.ScormPassed) || ScormPassed is true);
    }

    private void Evaluate(CourseVersion version, DateTime now)
    {
        if (IsCompleted || !Meets(version)) return;
        CompletedAt = now;
        AddDomainEvent(new CourseCompleted(PersonId, CourseId, version.Title.Nb,
            DateOnly.FromDateTime(OsloTime.ToOslo(now)), [.. version.Grants]));
    }

    private Lesson LessonOf(CourseVersion version, Guid lessonId)
    {
        EnsureVersion(version);
        return version.GetLesson(lessonId);
    }

    private void EnsureVersion(CourseVersion version)
    {
        if (version.Id != CourseVersionId) throw new BusinessException(NavLederprogramErrorCodes.EnrolmentOnOtherVersion) { IsConflict = true };
    }

    private LessonProgress ProgressOf(Guid lessonId, DateTime now)
    {
        var progress = Lessons.FirstOrDefault(p => p.LessonId == lessonId);
        if (progress is null) Lessons.Add(progress = new LessonProgress { LessonId = lessonId, ViewedAt = now });
        return progress;
    }
}
