namespace NavLederprogram.Competence;

/// <summary>Where a piece of competence evidence comes from.</summary>
public enum EvidenceSource
{
    CourseCompletion = 0,
    ProgrammeModule = 1,
    SupervisionParticipation = 2,
    Upload = 3,
    ManagerAssessment = 4,
}
