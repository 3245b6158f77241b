namespace NavLederprogram.ELearning;

/// <summary>What a course is about, for the catalogue's filter.</summary>
public enum CourseCategory
{
    Leadership = 1,
    /// <summary>Arbeidsrettet oppfølging.</summary>
    FollowUp = 2,
    LawAndRegulations = 3,
    DigitalTools = 4,
    WorkEnvironment = 5,
    Other = 6,
}
