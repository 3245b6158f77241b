namespace NavLederprogram.Development;

public enum GoalStatus
{
    Active,
    Achieved,
    Dropped,
}
