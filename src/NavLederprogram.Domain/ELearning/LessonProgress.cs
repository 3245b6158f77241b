namespace NavLederprogram.ELearning;

/// <summary>A learner's progress in one lesson: when they first opened it, and when it was completed.</summary>
public class LessonProgress
{
    public Guid LessonId { get; set; }
    public DateTime ViewedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}
