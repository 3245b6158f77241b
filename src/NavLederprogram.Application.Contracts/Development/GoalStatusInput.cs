namespace NavLederprogram.Development;

public sealed class GoalStatusInput
{
    public GoalStatus? Status { get; set; }
}
