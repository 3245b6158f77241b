namespace NavLederprogram.Development;

/// <summary>A facilitator's feedback on the results achieved, on the whole plan or on one goal; the leader reads it.</summary>
public sealed class FacilitatorFeedback
{
    public Guid Id { get; private set; }
    public Guid? GoalId { get; private set; }
    public Guid AuthorUserId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime GivenAt { get; private set; }

    private FacilitatorFeedback() { }

    internal FacilitatorFeedback(Guid id, Guid? goalId, Guid authorUserId, string text, DateTime givenAt)
    {
        (Id, GoalId, AuthorUserId, Text, GivenAt) = (id, goalId, authorUserId, text, DateTime.SpecifyKind(givenAt, DateTimeKind.Utc));
    }
}
