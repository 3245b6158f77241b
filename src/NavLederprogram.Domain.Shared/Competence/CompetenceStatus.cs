namespace NavLederprogram.Competence;

/// <summary>How a person stands against one requirement on a given day.</summary>
public enum CompetenceStatus
{
    Met = 0,
    ExpiringSoon = 1,
    Expired = 2,
    MissingWithinDeadline = 3,
    Overdue = 4,
}
