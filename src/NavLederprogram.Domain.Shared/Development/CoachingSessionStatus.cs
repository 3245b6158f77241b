namespace NavLederprogram.Development;

public enum CoachingSessionStatus
{
    Planned,
    Held,
    Cancelled,
}
