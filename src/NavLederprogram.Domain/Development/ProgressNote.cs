namespace NavLederprogram.Development;

/// <summary>A note on how the plan or one goal is going, by the leader or the coach; both read it.</summary>
public sealed class ProgressNote
{
    public Guid Id { get; private set; }
    public Guid? GoalId { get; private set; }
    public Guid AuthorUserId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime WrittenAt { get; private set; }

    private ProgressNote() { }

    internal ProgressNote(Guid id, Guid? goalId, Guid authorUserId, string text, DateTime writtenAt)
    {
        (Id, GoalId, AuthorUserId, Text, WrittenAt) = (id, goalId, authorUserId, text, DateTime.SpecifyKind(writtenAt, DateTimeKind.Utc));
    }
}
