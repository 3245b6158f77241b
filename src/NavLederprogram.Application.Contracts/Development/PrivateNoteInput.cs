namespace NavLederprogram.Development;

public sealed class PrivateNoteInput
{
    public Guid? PlanId { get; set; }
    public string? Text { get; set; }
}
