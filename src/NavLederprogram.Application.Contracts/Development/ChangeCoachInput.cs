namespace NavLederprogram.Development;

public sealed class ChangeCoachInput
{
    public Guid? CoachUserId { get; set; }
}
