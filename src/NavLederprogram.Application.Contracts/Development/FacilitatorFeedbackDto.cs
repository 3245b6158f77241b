namespace NavLederprogram.Development;

public sealed record FacilitatorFeedbackDto(Guid Id, Guid? GoalId, string AuthorName, string Text, DateTime GivenAt);
