namespace NavLederprogram.Programmes;

public sealed class SubmitAssignmentInput
{
    public string? Answer { get; set; }
}
