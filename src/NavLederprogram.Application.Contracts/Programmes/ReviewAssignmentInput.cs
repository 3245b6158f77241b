namespace NavLederprogram.Programmes;

public sealed class ReviewAssignmentInput
{
    public bool? Approved { get; set; }
    public string? Feedback { get; set; }
}
