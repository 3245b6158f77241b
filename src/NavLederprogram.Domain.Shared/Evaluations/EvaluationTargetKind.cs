namespace NavLederprogram.Evaluations;

/// <summary>What an evaluation asks about; the eligible respondents are resolved from it.</summary>
public enum EvaluationTargetKind
{
    /// <summary>A gathering (session) of a cohort; the target id is the session's id.</summary>
    Gathering,
    /// <summary>A programme module as run in one cohort; the target id is the module's id, the cohort is given beside it.</summary>
    Module,
    Cohort,
    Course,
    SupervisionGroup,
    SupervisionMeeting,
}
